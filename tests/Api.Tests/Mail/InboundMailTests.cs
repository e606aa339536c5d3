using Grpc.Core;
using MimeKit;
using ServiceDesk.Contracts.Mail.V1;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests.Mail;

/// <summary>
/// Mail read from a real Dovecot mailbox (SPEC section 2): messages go in by IMAP APPEND, one inbound round runs,
/// and the outcome is checked through the gRPC API and the SMTP server the answers go to.
/// </summary>
public abstract class InboundMailTests(WorldFixture fixture)
{
    private const string Anna = "anna@alpha.example.test";
    private const string Bert = "bert@beta.example.test";
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static TestMailbox Mailbox
    {
        get
        {
            var mailbox = TestMailbox.FromEnvironment();
            if (mailbox is null) Assert.Skip("No IMAP server: scripts/test.sh starts Dovecot and sets SERVICEDESK_TEST_IMAP_HOST/PORT/USER/PASSWORD.");
            return mailbox;
        }
    }

    [Fact]
    public async Task Mail_from_a_contact_becomes_a_request_shared_with_the_organisation_with_its_attachment()
    {
        var folder = await Mailbox.CreateFolderAsync();
        var subject = Unique("Printer jams");
        var body = new BodyBuilder { HtmlBody = "<html><head><style>p{color:red}</style></head><body><p>The printer <b>jams</b> &amp; beeps.</p><script>alert(1)</script></body></html>" };
        body.Attachments.Add("jam.png", new byte[] { 0x89, 0x50, 0x4e, 0x47, 1, 2, 3 }, new ContentType("image", "png"));
        await Mailbox.AppendAsync(folder, Mail(Anna, subject, body.ToMessageBody()));

        Assert.Equal(1, await W.App.ReceiveMailAsync(folder));

        var ticket = await SingleTicketAsync(W.AlphaColleague, subject);
        Assert.Equal(TicketType.Request, ticket.Type);
        Assert.Equal(Channel.Email, ticket.Channel);
        Assert.Equal(ShareWith.Organization, ticket.ShareWith);
        Assert.Equal(W.AlphaContact.Account.Name, ticket.Reporter);
        Assert.Equal("The printer jams & beeps.", ticket.Description);
        var file = Assert.Single(ticket.Attachments);
        Assert.Equal("jam.png", file.FileName);
        Assert.Equal(7, file.SizeBytes);
        Assert.Equal(0, await Mailbox.CountUnseenAsync(folder));
    }

    [Fact]
    public async Task Reply_with_the_token_becomes_a_public_comment_with_its_attachment_and_without_the_quote()
    {
        var (ticket, receipt) = await MailedTicketAsync("Reply becomes a comment");
        var folder = await Mailbox.CreateFolderAsync();
        var body = new BodyBuilder { TextBody = "It works again, thanks.\n\nOn Tue, 2 Dec 2026 at 10:00, ServiceDesk <desk@servicedesk.test> wrote:\n> Ticket received\n> Hello anna" };
        body.Attachments.Add("log.txt", "all good"u8.ToArray(), new ContentType("text", "plain"));
        await Mailbox.AppendAsync(folder, Reply(Anna, receipt, body.ToMessageBody()));

        await W.App.ReceiveMailAsync(folder);

        var after = await W.AlphaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        var comment = Assert.Single(after.Activities, a => a.Kind == ActivityKind.Comment);
        Assert.Equal("It works again, thanks.", comment.Text);
        Assert.False(comment.Internal);
        Assert.Equal(W.AlphaContact.Account.Name, comment.Actor);
        Assert.Equal(comment.Id, Assert.Single(after.Attachments).ActivityId);
    }

    [Fact]
    public async Task Reply_while_on_hold_returns_the_ticket_to_in_review()
    {
        var (ticket, _) = await MailedTicketAsync("Reply while on hold");
        await W.WalkToReviewAsync(ticket);
        await W.DachAgent.Tickets.RequestClarificationAsync(new RequestClarificationRequest { Name = ticket.Name, Question = "Which printer?" }, cancellationToken: Cancel);
        await W.App.SendMailAsync();
        var question = W.App.Smtp.Received.Last(m => To(m) == Anna && m.Subject!.StartsWith($"[{ticket.Key}]"));
        var folder = await Mailbox.CreateFolderAsync();
        await Mailbox.AppendAsync(folder, Reply(Anna, question, new TextPart("plain") { Text = "The one on floor 2." }));

        await W.App.ReceiveMailAsync(folder);

        var after = await W.DachAgent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.InReview, after.Status);
        Assert.Contains(after.Activities, a => a is { Kind: ActivityKind.Comment, Text: "The one on floor 2." });
    }

    [Fact]
    public async Task Reply_of_another_customer_with_a_valid_token_never_reaches_the_ticket()
    {
        var (ticket, receipt) = await MailedTicketAsync("Stranger's reply");
        var folder = await Mailbox.CreateFolderAsync();
        var reply = Reply(Bert, receipt, new TextPart("plain") { Text = "I read your mail." });
        await Mailbox.AppendAsync(folder, reply);

        await W.App.ReceiveMailAsync(folder);

        var after = await W.DachAgent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.DoesNotContain(after.Activities, a => a.Kind == ActivityKind.Comment);
        // Treated as new mail: a request of Bert's own organisation.
        var own = await SingleTicketAsync(W.BetaContact, reply.Subject!);
        Assert.Equal(W.Beta.Name, own.Organization);
    }

    [Fact]
    public async Task Auto_replies_bounces_and_our_own_mail_create_nothing_and_get_no_answer()
    {
        var folder = await Mailbox.CreateFolderAsync();
        var subject = Unique("Never a ticket");
        var autoReply = Mail(Anna, subject, new TextPart("plain") { Text = "I am out of office." });
        autoReply.Headers.Add("Auto-Submitted", "auto-replied");
        var autoReplyOld = Mail(Anna, subject, new TextPart("plain") { Text = "Away." });
        autoReplyOld.Headers.Add("X-Autoreply", "yes");
        var bulk = Mail(Anna, subject, new TextPart("plain") { Text = "Newsletter" });
        bulk.Headers.Add("Precedence", "bulk");
        var bounce = Mail("MAILER-DAEMON@alpha.example.test", subject, new MultipartReport("delivery-status")
        {
            new TextPart("plain") { Text = "Delivery failed." },
            new MimePart("message", "delivery-status") { Content = new MimeContent(new MemoryStream("Reporting-MTA: dns; mx\r\n"u8.ToArray())) },
        });
        var own = Mail("desk@servicedesk.test", subject, new TextPart("plain") { Text = "Ticket received" });
        own.Headers.Add("X-ServiceDesk-Mail", Guid.NewGuid().ToString("N"));
        var stranger = Mail("robot@example.org", subject, new TextPart("plain") { Text = "Auto" });
        stranger.Headers.Add("Auto-Submitted", "auto-generated");
        await Mailbox.AppendAsync(folder, autoReply, autoReplyOld, bulk, bounce, own, stranger);
        var sent = W.App.Smtp.Received.Count;

        Assert.Equal(6, await W.App.ReceiveMailAsync(folder));
        await W.App.SendMailAsync();

        Assert.Empty(await TicketsAsync(W.DachAgent, subject));
        Assert.DoesNotContain(W.App.Smtp.Received.Skip(sent), m => To(m) == "robot@example.org" || m.Subject?.Contains(subject) == true);
        Assert.Equal(0, await Mailbox.CountUnseenAsync(folder));
    }

    [Fact]
    public async Task Same_message_fetched_twice_gives_one_ticket()
    {
        var folder = await Mailbox.CreateFolderAsync();
        var message = Mail(Anna, Unique("Fetched twice"), new TextPart("plain") { Text = "Once, please." });
        await Mailbox.AppendAsync(folder, message, message);

        Assert.Equal(2, await W.App.ReceiveMailAsync(folder));
        await Mailbox.MarkAllUnseenAsync(folder);
        Assert.Equal(2, await W.App.ReceiveMailAsync(folder));

        Assert.Single(await TicketsAsync(W.DachAgent, message.Subject!));
        Assert.Equal(0, await Mailbox.CountUnseenAsync(folder));
    }

    [Fact]
    public async Task Malformed_message_is_quarantined_and_the_next_one_is_processed()
    {
        var folder = await Mailbox.CreateFolderAsync();
        var subject = Unique("After the bad ones");
        var parts = new Multipart("mixed");
        for (var i = 0; i < 2000; i++) parts.Add(new TextPart("plain") { Text = "part " + i });
        var thousands = Mail(Anna, Unique("Thousands of parts"), parts);
        await Mailbox.AppendAsync(folder, thousands);
        await Mailbox.AppendRawAsync(folder, $"""
            From: {Anna}
            Subject: {Unique("Broken boundary")}
            Message-ID: <{Guid.NewGuid():N}@alpha.example.test>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="never-closed"

            --never-closed
            Content-Type: text/plain; charset=x-no-such-charset

            Text in an unknown charset: äöü
            --never-clo
            """);
        await Mailbox.AppendAsync(folder, Mail(Anna, subject, new TextPart("plain") { Text = "Still read." }));

        Assert.Equal(3, await W.App.ReceiveMailAsync(folder));

        Assert.Single(await TicketsAsync(W.DachAgent, subject));
        var quarantine = await new MailService.MailServiceClient(W.DachAgent.Invoker)
            .ListQuarantinedMailAsync(new ListQuarantinedMailRequest { PageSize = 200 }, cancellationToken: Cancel);
        var bad = Assert.Single(quarantine.Mail, m => m.MessageId == thousands.MessageId);
        Assert.Equal(QuarantineReason.Malformed, bad.Reason);
        Assert.Contains("MIME parts", bad.Detail);
        Assert.Equal(0, await Mailbox.CountUnseenAsync(folder));
    }

    [Fact]
    public async Task Unknown_sender_is_quarantined_and_answered_at_most_once_a_day()
    {
        var folder = await Mailbox.CreateFolderAsync();
        var stranger = $"{Guid.NewGuid():N}@example.org";
        var first = Mail(stranger, Unique("Who are you"), new TextPart("plain") { Text = "I want support." });
        await Mailbox.AppendAsync(folder, first, Mail(stranger, Unique("Me again"), new TextPart("plain") { Text = "Hello?" }));

        await W.App.ReceiveMailAsync(folder);
        await W.App.SendMailAsync();

        Assert.Empty(await TicketsAsync(W.DachAgent, first.Subject!));
        var answer = Assert.Single(W.App.Smtp.Received, m => To(m) == stranger);
        Assert.Contains("did not create a ticket", answer.Subject);
        Assert.Equal("auto-generated", answer.Headers["Auto-Submitted"]);
        var mailService = new MailService.MailServiceClient(W.DachAgent.Invoker);
        var quarantine = await mailService.ListQuarantinedMailAsync(new ListQuarantinedMailRequest { PageSize = 200 }, cancellationToken: Cancel);
        var kept = quarantine.Mail.Where(m => m.From == stranger).ToList();
        Assert.Equal(2, kept.Count);
        Assert.All(kept, m => Assert.Equal(QuarantineReason.UnknownSender, m.Reason));
        Assert.Contains(kept, m => m.Text == "I want support.");
        await new MailService.MailServiceClient(W.AlphaContact.Invoker).ListQuarantinedMailAsync(new ListQuarantinedMailRequest(), cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);

        W.App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await Mailbox.AppendAsync(folder, Mail(stranger, Unique("Next day"), new TextPart("plain") { Text = "Anyone?" }));
        await W.App.ReceiveMailAsync(folder);
        await W.App.SendMailAsync();
        Assert.Equal(2, W.App.Smtp.Received.Count(m => To(m) == stranger));
    }

    [Fact]
    public async Task Oversized_mail_creates_nothing_and_is_answered_once()
    {
        var folder = await Mailbox.CreateFolderAsync();
        var body = new BodyBuilder { TextBody = "See the video." };
        body.Attachments.Add("video.mp4", new byte[300 * 1024], new ContentType("video", "mp4"));
        var large = Mail(Anna, Unique("Large video"), body.ToMessageBody());
        await Mailbox.AppendAsync(folder, large);
        var sent = W.App.Smtp.Received.Count;

        await W.App.ReceiveMailAsync(folder);
        await Mailbox.MarkAllUnseenAsync(folder);
        await W.App.ReceiveMailAsync(folder);
        await W.App.SendMailAsync();

        Assert.Empty(await TicketsAsync(W.DachAgent, large.Subject!));
        Assert.Single(W.App.Smtp.Received.Skip(sent), m => To(m) == Anna && m.Subject == "Ihre E-Mail war zu groß");
    }

    /// <summary>A request Anna raised by mail, and the receipt she got (with the reply token).</summary>
    private async Task<(Ticket, MimeMessage)> MailedTicketAsync(string title)
    {
        var folder = await Mailbox.CreateFolderAsync();
        var subject = Unique(title);
        await Mailbox.AppendAsync(folder, Mail(Anna, subject, new TextPart("plain") { Text = "Please help." }));
        await W.App.ReceiveMailAsync(folder);
        await W.App.SendMailAsync();
        var ticket = await SingleTicketAsync(W.AlphaContact, subject);
        var receipt = W.App.Smtp.Received.Single(m => To(m) == Anna && m.Subject!.StartsWith($"[{ticket.Key}]"));
        return (ticket, receipt);
    }

    private static MimeMessage Mail(string from, string subject, MimeEntity body)
    {
        var message = new MimeMessage { Subject = subject, Body = body, MessageId = $"{Guid.NewGuid():N}@sender.example.test" };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("support@servicedesk.test"));
        return message;
    }

    /// <summary>A reply as mail programs write it: to the Reply-To address, in reply to the message, the subject kept.</summary>
    private static MimeMessage Reply(string from, MimeMessage to, MimeEntity body)
    {
        var reply = Mail(from, "Re: " + to.Subject, body);
        reply.To.Clear();
        reply.To.AddRange(to.ReplyTo);
        reply.InReplyTo = to.MessageId;
        reply.References.AddRange(to.References);
        reply.References.Add(to.MessageId!);
        return reply;
    }

    private static string Unique(string subject) => $"{subject} {Guid.NewGuid().ToString("N")[..8]}";

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    private async Task<Ticket> SingleTicketAsync(Caller reader, string title)
    {
        var summary = Assert.Single(await TicketsAsync(reader, title));
        return await reader.Tickets.GetTicketAsync(new GetTicketRequest { Name = summary.Name }, cancellationToken: Cancel);
    }

    private static async Task<List<TicketSummary>> TicketsAsync(Caller reader, string title)
    {
        var page = await reader.Tickets.ListTicketsAsync(new ListTicketsRequest { PageSize = 200 }, cancellationToken: Cancel);
        return page.Tickets.Where(t => t.Title == title).ToList();
    }
}

public sealed class InboundMailTestsOnSqlite(SqliteWorld world) : InboundMailTests(world), IClassFixture<SqliteWorld>;

public sealed class InboundMailTestsOnPostgres(PostgresWorld world) : InboundMailTests(world), IClassFixture<PostgresWorld>;

public sealed class InboundMailTestsOnSqlServer(SqlServerWorld world) : InboundMailTests(world), IClassFixture<SqlServerWorld>;
