using Grpc.Core;
using MimeKit;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Mail.V1;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests.Mail;

/// <summary>Who gets which e-mail (SPEC section 7), sent through a real SMTP server, exactly once, also across an outage.</summary>
public abstract class OutgoingMailTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private const string Anna = "anna@alpha.example.test";
    private const string Carl = "carl@alpha.example.test";
    private const string DachAgent = "dach.agent@example.test";
    /// <summary>The first administrator is a support agent of team DACH too.</summary>
    private const string Admin = ServiceDeskApp.AdminEmail;

    [Fact]
    public async Task New_shared_ticket_is_mailed_to_the_reporter_the_organisation_and_the_responsible_team()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: shared at creation");
        await W.App.SendMailAsync();

        var mails = About(ticket);
        AssertOnceEach([Admin, Anna, Carl, DachAgent], mails);
        var receipt = mails.Single(m => To(m) == Anna);
        Assert.StartsWith($"[{ticket.Key}] ", receipt.Subject);
        Assert.Equal("auto-generated", receipt.Headers["Auto-Submitted"]);
        var tag = receipt.ReplyTo.Mailboxes.Single().Address;
        Assert.Matches($@"^desk\+{ticket.Key}\.[0-9a-f]{{16}}@servicedesk\.test$", tag);
        var token = tag[(tag.IndexOf('+') + 1)..tag.IndexOf('@')];
        Assert.Contains(token, receipt.MessageId);
        Assert.Contains(receipt.References, r => r.Contains(token));
        Assert.NotNull(receipt.TextBody);
        Assert.NotNull(receipt.HtmlBody);
    }

    [Fact]
    public async Task Ticket_for_the_reporter_only_is_not_mailed_to_colleagues()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: only me", share: ShareWith.OnlyMe);
        await W.App.SendMailAsync();
        Assert.Equal([Admin, Anna, DachAgent], Recipients(About(ticket)));
    }

    [Fact]
    public async Task Reporter_hears_of_changes_until_opting_out_and_a_colleague_only_after_opting_in()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: opt out and in");
        await W.App.SendMailAsync();
        var before = W.App.Smtp.Received.Count;

        await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "First answer" }, cancellationToken: Cancel);
        await W.App.SendMailAsync();
        Assert.Equal([Anna], Recipients(Since(before, ticket)));

        var optedOut = await W.AlphaContact.Tickets.SetTicketNotificationsAsync(new SetTicketNotificationsRequest { Name = ticket.Name, Notify = false }, cancellationToken: Cancel);
        Assert.False(optedOut.Notifications);
        var optedIn = await W.AlphaColleague.Tickets.SetTicketNotificationsAsync(new SetTicketNotificationsRequest { Name = ticket.Name, Notify = true }, cancellationToken: Cancel);
        Assert.True(optedIn.Notifications);
        before = W.App.Smtp.Received.Count;
        await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "Second answer" }, cancellationToken: Cancel);
        await W.App.SendMailAsync();
        Assert.Equal([Carl], Recipients(Since(before, ticket)));
    }

    [Fact]
    public async Task Only_contacts_who_see_the_ticket_choose_its_notifications()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: who may choose");
        await W.DachAgent.Tickets.SetTicketNotificationsAsync(new SetTicketNotificationsRequest { Name = ticket.Name, Notify = true }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);
        await W.BetaContact.Tickets.SetTicketNotificationsAsync(new SetTicketNotificationsRequest { Name = ticket.Name, Notify = true }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.NotFound);
    }

    [Fact]
    public async Task Internal_comment_reaches_no_customer_and_a_customer_reply_reaches_the_team()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: internal");
        await W.App.SendMailAsync();
        var before = W.App.Smtp.Received.Count;

        await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "Secret note", Internal = true }, cancellationToken: Cancel);
        await W.App.SendMailAsync();
        Assert.Empty(Since(before, ticket));

        await W.AlphaContact.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "Any news?" }, cancellationToken: Cancel);
        await W.App.SendMailAsync();
        var replies = Since(before, ticket);
        Assert.Equal([Admin, DachAgent], Recipients(replies));
        Assert.All(replies, reply => Assert.Contains("Any news?", reply.TextBody));
        Assert.DoesNotContain(W.App.Smtp.Received, m => m.TextBody?.Contains("Secret note") == true);
    }

    [Fact]
    public async Task Each_recipient_reads_their_language_and_time_zone()
    {
        var english = World.Person("emma@alpha.example.test");
        english.Language = Language.English;
        english.TimeZone = "America/New_York";
        await W.Admin.Accounts.GrantContactAccessAsync(new GrantContactAccessRequest { Organization = W.Alpha.Name, Person = english }, cancellationToken: Cancel);

        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: languages");
        var now = W.App.Clock.GetUtcNow();
        await W.App.SendMailAsync();

        var german = About(ticket).Single(m => To(m) == Anna);
        Assert.Contains("Ticket eingegangen", german.Subject);
        Assert.Contains("Guten Tag", german.TextBody);
        Assert.Contains(Local(now, "Europe/Berlin", "dd.MM.yyyy HH:mm") + " (Europe/Berlin)", german.TextBody);
        var englishMail = About(ticket).Single(m => To(m) == "emma@alpha.example.test");
        Assert.Contains("Ticket received", englishMail.Subject);
        Assert.Contains("Hello", englishMail.TextBody);
        Assert.Contains(Local(now, "America/New_York", "yyyy-MM-dd HH:mm") + " (America/New_York)", englishMail.TextBody);
    }

    [Fact]
    public async Task Resolution_mail_tells_how_to_confirm_and_when_the_ticket_closes_by_itself()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: resolved");
        foreach (var step in new Func<Task>[]
        {
            async () => await W.DachAgent.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel),
            async () => await W.DachAgent.Tickets.StartReviewAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel),
            async () => await W.DachAgent.Tickets.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SupportRequest }, cancellationToken: Cancel),
        })
            await step();
        await W.App.SendMailAsync();
        var before = W.App.Smtp.Received.Count;

        var closes = W.App.Clock.GetUtcNow().AddDays(50);
        await W.DachAgent.Tickets.ResolveTicketAsync(new ResolveTicketRequest { Name = ticket.Name, Resolution = Resolution.Answered, Note = "See the manual, chapter 3." }, cancellationToken: Cancel);
        await W.App.SendMailAsync();
        var resolved = Since(before, ticket).Where(m => To(m) == Anna).ToList();
        var mail = Assert.Single(resolved);
        Assert.Contains("Ticket gelöst", mail.Subject);
        Assert.Contains("See the manual, chapter 3.", mail.TextBody);
        Assert.Contains("50 Tage", mail.TextBody);
        Assert.Contains(Local(closes, "Europe/Berlin", "dd.MM.yyyy HH:mm"), mail.TextBody);
    }

    [Fact]
    public async Task Granting_access_welcomes_a_new_contact_once()
    {
        const string email = "wendy@alpha.example.test";
        var grant = new GrantContactAccessRequest { Organization = W.Alpha.Name, Person = World.Person(email) };
        await W.Admin.Accounts.GrantContactAccessAsync(grant, cancellationToken: Cancel);
        await W.Admin.Accounts.GrantContactAccessAsync(grant, cancellationToken: Cancel);
        await W.App.SendMailAsync();

        // Other tests of this class mail every contact of Alpha too (delivery news): count the welcomes.
        var welcome = Assert.Single(W.App.Smtp.Received, m => To(m) == email && m.Subject?.Contains("Willkommen") == true);
        Assert.Contains(email, welcome.TextBody);
    }

    [Fact]
    public async Task Smtp_outage_loses_nothing_and_sends_every_message_once()
    {
        await W.App.Smtp.StopAsync();
        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: outage");
        try
        {
            Assert.Equal(0, await W.App.SendMailAsync());
            W.App.Clock.Advance(TimeSpan.FromMinutes(2));
            Assert.Equal(0, await W.App.SendMailAsync());
        }
        finally
        {
            await W.App.Smtp.StartAsync();
        }
        await W.App.SendMailAsync();
        Assert.Empty(About(ticket)); // still backing off
        W.App.Clock.Advance(TimeSpan.FromMinutes(5));
        await W.App.SendMailAsync();
        W.App.Clock.Advance(TimeSpan.FromMinutes(10));
        await W.App.SendMailAsync();

        AssertOnceEach([Admin, Anna, Carl, DachAgent], About(ticket));
    }

    [Fact]
    public async Task Message_that_keeps_failing_waits_for_an_administrator_who_retries_it()
    {
        await W.App.Smtp.StopAsync();
        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: keeps failing");
        try
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                await W.App.SendMailAsync();
                W.App.Clock.Advance(TimeSpan.FromMinutes(3));
            }
        }
        finally
        {
            await W.App.Smtp.StartAsync();
        }
        await W.App.SendMailAsync();
        Assert.Empty(About(ticket));

        var mailAdmin = new MailService.MailServiceClient(W.Admin.Invoker);
        var failed = await mailAdmin.ListFailedMailAsync(new ListFailedMailRequest { PageSize = 100 }, cancellationToken: Cancel);
        var receipt = Assert.Single(failed.Mail, m => m.To == Anna && m.Subject.Contains(ticket.Key));
        Assert.Equal(3, receipt.Attempts);
        Assert.NotEmpty(receipt.LastError);
        await new MailService.MailServiceClient(W.DachAgent.Invoker).RetryMailAsync(new RetryMailRequest { Name = receipt.Name }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);

        await mailAdmin.RetryMailAsync(new RetryMailRequest { Name = receipt.Name }, cancellationToken: Cancel);
        await W.App.SendMailAsync();
        Assert.Equal([Anna], Recipients(About(ticket)));
        await mailAdmin.RetryMailAsync(new RetryMailRequest { Name = receipt.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
    }

    [Fact]
    public async Task Reporter_is_reminded_of_an_open_question_after_ten_days()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Mail: reminder");
        ticket = await W.DachAgent.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await W.DachAgent.Tickets.RequestClarificationAsync(new RequestClarificationRequest { Name = ticket.Name, Question = "Which browser?" }, cancellationToken: Cancel);
        await W.App.SendMailAsync();
        var before = W.App.Smtp.Received.Count;

        W.App.Clock.Advance(TimeSpan.FromDays(10));
        await W.App.SweepTimersAsync();
        await W.App.SendMailAsync();

        var reminder = Assert.Single(Since(before, ticket));
        Assert.Equal(Anna, To(reminder));
        Assert.Contains("Erinnerung 1 von 3", reminder.TextBody);
    }

    [Fact]
    public async Task Contacts_of_the_organisation_hear_of_a_new_estimated_delivery_date()
    {
        var delivery = await W.DachAgent.Deliveries.CreateDeliveryAsync(new Contracts.Deliveries.V1.CreateDeliveryRequest
        {
            Organization = W.Alpha.Name,
            PatchVersion = "9.0." + Random.Shared.Next(1000, 9999),
        }, cancellationToken: Cancel);
        await W.App.SendMailAsync();
        var before = W.App.Smtp.Received.Count;

        var date = DateOnly.FromDateTime(W.App.Clock.GetUtcNow().UtcDateTime).AddDays(30);
        await W.DachAgent.Deliveries.SetEstimatedDateAsync(new Contracts.Deliveries.V1.SetEstimatedDateRequest
        {
            Name = delivery.Name,
            EstimatedDate = new Google.Type.Date { Year = date.Year, Month = date.Month, Day = date.Day },
            Reason = "Merge scheduled",
        }, cancellationToken: Cancel);
        await W.App.SendMailAsync();

        var news = W.App.Smtp.Received.Skip(before).Where(m => m.Subject?.Contains(delivery.PatchVersion) == true).ToList();
        // Every active contact of Alpha (other tests of this class add some), and nobody else.
        Assert.Contains(Anna, Recipients(news));
        Assert.Contains(Carl, Recipients(news));
        Assert.All(Recipients(news), to => Assert.EndsWith("@alpha.example.test", to));
        Assert.Contains($"{date:dd.MM.yyyy}", news[0].TextBody);
    }

    private List<MimeMessage> About(Ticket ticket) => W.App.Smtp.Received.Where(m => m.Subject?.StartsWith($"[{ticket.Key}]") == true).ToList();

    private List<MimeMessage> Since(int count, Ticket ticket) => W.App.Smtp.Received.Skip(count).Where(m => m.Subject?.StartsWith($"[{ticket.Key}]") == true).ToList();

    /// <summary>Each named person got exactly one of the messages; no agent of another team or department, no other organisation.</summary>
    private static void AssertOnceEach(string[] expected, List<MimeMessage> messages)
    {
        var recipients = Recipients(messages);
        Assert.Equal(recipients.Distinct(), recipients);
        Assert.Subset(recipients.ToHashSet(), expected.ToHashSet());
        Assert.DoesNotContain(recipients, r => r is "intl.agent@example.test" or "developer@example.test" || r.EndsWith("@beta.example.test"));
    }

    private static string Local(DateTimeOffset at, string zone, string format) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    private static string[] Recipients(IEnumerable<MimeMessage> messages) => [.. messages.Select(To).Order()];
}

public sealed class OutgoingMailTestsOnSqlite(SqliteWorld world) : OutgoingMailTests(world), IClassFixture<SqliteWorld>;

public sealed class OutgoingMailTestsOnPostgres(PostgresWorld world) : OutgoingMailTests(world), IClassFixture<PostgresWorld>;

public sealed class OutgoingMailTestsOnSqlServer(SqlServerWorld world) : OutgoingMailTests(world), IClassFixture<SqlServerWorld>;
