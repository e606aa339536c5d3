using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using MimeKit;
using ServiceDesk.Contracts.Escalations.V1;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>Escalations through the real gRPC pipeline (SPEC section 9): by customers, on SLA breaches, the alerts and who sees what.</summary>
public abstract class EscalationTests(WorldFixture fixture)
{
    private const string HeadOfSupport = "head-of-support@example.test";
    private const string HeadOfCustomerServices = "head-of-customer-services@example.test";
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<Escalation> EscalateAsync(Caller caller, Ticket ticket, EscalationReason reason = EscalationReason.TicketHandling, string description = "No answer for a week.",
        string requestId = "") =>
        caller.Escalations.EscalateTicketAsync(new EscalateTicketRequest { Ticket = ticket.Name, Reason = reason, Description = description, RequestId = requestId },
            cancellationToken: Cancel).ResponseAsync;

    private static Task<Escalation> OnTicketAsync(Caller caller, Ticket ticket) =>
        caller.Escalations.GetTicketEscalationAsync(new GetTicketEscalationRequest { Ticket = ticket.Name }, cancellationToken: Cancel).ResponseAsync;

    [Fact]
    public async Task A_contact_escalates_raises_and_an_agent_resolves_and_each_level_is_alerted()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Escalation: grades lost");
        var opened = await EscalateAsync(W.AlphaContact, ticket);
        Assert.Equal((0, EscalationState.Open, EscalationReason.TicketHandling, ticket.Name, "No answer for a week."),
            (opened.Level, opened.State, opened.Reason, opened.Ticket, opened.Description));
        Assert.Equal(W.AlphaContact.Account.DisplayName, opened.RaisedByName);

        var raised = await W.AlphaContact.Escalations.RaiseEscalationAsync(new RaiseEscalationRequest
        {
            Name = opened.Name, Etag = opened.Etag, Reason = EscalationReason.ProductQuality, Description = "The same fault came back.",
        }, cancellationToken: Cancel);
        Assert.Equal((1, "Head of support"), (raised.Level, raised.LevelTitle));
        Assert.Empty(raised.Steps);
        Assert.Equal("", raised.OwnerName);

        var seen = await OnTicketAsync(W.DachAgent, ticket);
        Assert.Equal((opened.Name, 1, "Head of Support", HeadOfSupport), (seen.Name, seen.Level, seen.OwnerName, seen.OwnerEmail));
        Assert.Equal([EscalationStepKind.Raised, EscalationStepKind.Opened], seen.Steps.Select(s => s.Kind));
        Assert.Equal((W.AlphaContact.Account.DisplayName, "The same fault came back.", EscalationReason.ProductQuality), (seen.Steps[0].ActorName, seen.Steps[0].Text, seen.Steps[0].Reason));

        await W.AlphaContact.Escalations.ResolveEscalationAsync(new ResolveEscalationRequest { Name = opened.Name, Outcome = "Happy now." }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);
        await W.DachAgent.Escalations.AddEscalationNoteAsync(new AddEscalationNoteRequest { Name = opened.Name, Text = "Called the customer." }, cancellationToken: Cancel);
        var resolved = await W.DachAgent.Escalations.ResolveEscalationAsync(new ResolveEscalationRequest { Name = opened.Name, Outcome = "Hotfix installed." }, cancellationToken: Cancel);
        Assert.Equal((EscalationState.Resolved, "Hotfix installed."), (resolved.State, resolved.Outcome));
        Assert.Equal([EscalationStepKind.Resolved, EscalationStepKind.Note, EscalationStepKind.Raised, EscalationStepKind.Opened], resolved.Steps.Select(s => s.Kind));
        await W.DachAgent.Escalations.ResolveEscalationAsync(new ResolveEscalationRequest { Name = opened.Name, Outcome = "Again." }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.FailedPrecondition);

        var customerView = await OnTicketAsync(W.AlphaContact, ticket);
        Assert.Equal((EscalationState.Resolved, 1, "", "", 0), (customerView.State, customerView.Level, customerView.Outcome, customerView.OwnerName, customerView.Steps.Count));

        await W.App.SendMailAsync();
        var alert = Assert.Single(W.App.Smtp.Received, m => m.Subject?.StartsWith($"[{ticket.Key}] Escalation level 1") == true && To(m) == HeadOfSupport);
        Assert.Contains("The same fault came back.", alert.TextBody);
    }

    [Fact]
    public async Task A_second_request_raises_the_open_escalation_and_after_resolution_a_new_one_opens()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Escalation: asked twice");
        var first = await EscalateAsync(W.AlphaContact, ticket);
        var second = await EscalateAsync(W.AlphaColleague, ticket, EscalationReason.ProductQuality, "Still broken.");
        Assert.Equal((first.Name, 1), (second.Name, second.Level));
        var third = await EscalateAsync(W.DachAgent, ticket, EscalationReason.TicketHandling, "On the customer's behalf, by phone.");
        Assert.Equal((first.Name, 2), (third.Name, third.Level));

        await W.DachAgent.Escalations.ResolveEscalationAsync(new ResolveEscalationRequest { Name = first.Name, Outcome = "Settled." }, cancellationToken: Cancel);
        var again = await EscalateAsync(W.AlphaContact, ticket);
        Assert.NotEqual(first.Name, again.Name);
        Assert.Equal((0, EscalationState.Open), (again.Level, again.State));
        Assert.Equal(again.Name, (await OnTicketAsync(W.DachAgent, ticket)).Name);

        await W.App.SendMailAsync();
        Assert.Single(W.App.Smtp.Received, m => m.Subject?.StartsWith($"[{ticket.Key}] Escalation level 2") == true && To(m) == HeadOfCustomerServices);
    }

    [Fact]
    public async Task A_retry_with_the_same_request_id_does_not_raise_again_while_a_new_request_id_does()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Escalation: pressed twice");
        var (first, second) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var opened = await EscalateAsync(W.AlphaContact, ticket, requestId: first);
        var retried = await EscalateAsync(W.AlphaContact, ticket, requestId: first);
        Assert.Equal((opened.Name, 0, opened.Etag), (retried.Name, retried.Level, retried.Etag));

        var raised = await EscalateAsync(W.AlphaContact, ticket, EscalationReason.ProductQuality, "Still broken.", requestId: second);
        Assert.Equal((opened.Name, 1), (raised.Name, raised.Level));
        Assert.Equal(1, (await EscalateAsync(W.AlphaContact, ticket, EscalationReason.ProductQuality, "Still broken.", requestId: second)).Level);
        Assert.Equal(1, (await EscalateAsync(W.AlphaContact, ticket, requestId: first)).Level);

        var seen = await OnTicketAsync(W.DachAgent, ticket);
        Assert.Equal([EscalationStepKind.Raised, EscalationStepKind.Opened], seen.Steps.Select(s => s.Kind));
    }

    [Fact]
    public async Task Racing_escalations_with_the_same_request_id_open_once_and_raise_once()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Escalation: double click");
        async Task<Escalation[]> RaceAsync(string requestId) =>
            await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => EscalateAsync(W.AlphaContact, ticket, requestId: requestId)));

        var opened = await RaceAsync(Guid.NewGuid().ToString());
        Assert.Equal((0, 1), (opened.Max(e => e.Level), opened.Select(e => e.Name).Distinct().Count()));
        var raised = await RaceAsync(Guid.NewGuid().ToString());
        Assert.Equal([1], raised.Select(e => e.Level).Distinct());
        Assert.Equal(2, (await OnTicketAsync(W.DachAgent, ticket)).Steps.Count);
    }

    [Fact]
    public async Task A_request_id_that_is_too_long_or_escalated_another_ticket_is_refused_with_a_field_violation()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Escalation: odd request ids");
        var other = await W.IncidentAsync(W.AlphaContact, "Escalation: another ticket");
        (await EscalateAsync(W.AlphaContact, ticket, requestId: new string('x', 65)).RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("request_id");

        var requestId = Guid.NewGuid().ToString();
        await EscalateAsync(W.AlphaContact, ticket, requestId: requestId);
        (await EscalateAsync(W.AlphaContact, other, requestId: requestId).RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("request_id");
        await OnTicketAsync(W.DachAgent, other).RefusedAsync(StatusCode.NotFound);
    }

    [Fact]
    public async Task A_reaction_time_breach_escalates_by_itself_once_and_a_restoration_breach_raises_it()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Escalation: nobody reacts");
        W.App.Clock.Advance(TimeSpan.FromHours(2));
        ticket = await W.WalkToReviewAsync(ticket);
        await W.App.SweepTimersAsync();
        await OnTicketAsync(W.DachAgent, ticket).RefusedAsync(StatusCode.NotFound);

        // The priority makes the reaction target known: one hour, long passed.
        ticket = await W.DachAgent.Tickets.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SoftwareDefect }, cancellationToken: Cancel);
        ticket = await W.DachAgent.Tickets.SetPriorityAsync(new SetPriorityRequest { Name = ticket.Name, Priority = Priority.P2, FaultCategory = FaultCategory.SoftwareUsability }, cancellationToken: Cancel);
        Assert.True(ticket.ServiceLevel.Reaction.Breached);
        var automatic = await OnTicketAsync(W.DachAgent, ticket);
        Assert.Equal((0, EscalationReason.ReactionTimeExceeded, "", "ServiceDesk"), (automatic.Level, automatic.Reason, automatic.RaisedBy, automatic.RaisedByName));
        await W.App.SweepTimersAsync();
        Assert.Equal(0, (await OnTicketAsync(W.DachAgent, ticket)).Level);

        // Priority 2 restores within 8 hours of acceptance, around the clock.
        W.App.Clock.Advance(TimeSpan.FromHours(8));
        Assert.True(await W.App.SweepTimersAsync() >= 1);
        await W.App.SweepTimersAsync();
        var raised = await OnTicketAsync(W.DachAgent, ticket);
        Assert.Equal((automatic.Name, 1), (raised.Name, raised.Level));
        Assert.Equal(EscalationReason.RestorationTimeExceeded, raised.Steps[0].Reason);
        Assert.Equal(2, raised.Steps.Count);

        await W.App.SendMailAsync();
        Assert.Single(W.App.Smtp.Received, m => m.Subject?.StartsWith($"[{ticket.Key}] Escalation level 1") == true && To(m) == HeadOfSupport);
    }

    [Fact]
    public async Task Escalations_are_as_secret_as_their_tickets()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Escalation: confidential", confidential: true);
        var escalation = await EscalateAsync(W.AlphaContact, ticket);

        await EscalateAsync(W.BetaContact, ticket).RefusedAsync(StatusCode.NotFound);
        await OnTicketAsync(W.BetaContact, ticket).RefusedAsync(StatusCode.NotFound);
        await W.BetaContact.Escalations.GetEscalationAsync(new GetEscalationRequest { Name = escalation.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await W.BetaContact.Escalations.RaiseEscalationAsync(new RaiseEscalationRequest { Name = escalation.Name, Reason = EscalationReason.TicketHandling, Description = "Me too." }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.NotFound);
        await W.InternationalAgent.Escalations.GetEscalationAsync(new GetEscalationRequest { Name = escalation.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await EscalateAsync(W.AlphaPartner, ticket).RefusedAsync(StatusCode.PermissionDenied);
        Assert.Equal(escalation.Name, (await W.DachAgent.Escalations.GetEscalationAsync(new GetEscalationRequest { Name = escalation.Name }, cancellationToken: Cancel)).Name);
    }

    [Fact]
    public async Task Team_leads_and_heads_list_open_escalations_by_level_team_organisation_and_age()
    {
        var escalation = await EscalateAsync(W.AlphaContact, await W.IncidentAsync(W.AlphaContact, "Escalation: listed"));
        await EscalateAsync(W.AlphaColleague, await W.IncidentAsync(W.AlphaColleague, "Escalation: listed too"));
        await W.DachAgent.Escalations.ListEscalationsAsync(new ListEscalationsRequest(), cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);

        async Task<bool> ListedAsync(ListEscalationsRequest request)
        {
            request.PageSize = 200;
            var page = await W.Admin.Escalations.ListEscalationsAsync(request, cancellationToken: Cancel);
            return page.Escalations.Any(e => e.Name == escalation.Name);
        }
        Assert.True(await ListedAsync(new ListEscalationsRequest { Level = 0, Team = SupportTeam.Dach, Organization = W.Alpha.Name }));
        Assert.False(await ListedAsync(new ListEscalationsRequest { Level = 1 }));
        Assert.False(await ListedAsync(new ListEscalationsRequest { Team = SupportTeam.International }));
        Assert.False(await ListedAsync(new ListEscalationsRequest { Organization = W.Beta.Name }));
        Assert.False(await ListedAsync(new ListEscalationsRequest { MinAge = Duration.FromTimeSpan(TimeSpan.FromDays(1)) }));
        W.App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await ListedAsync(new ListEscalationsRequest { MinAge = Duration.FromTimeSpan(TimeSpan.FromDays(1)) }));

        var first = await W.Admin.Escalations.ListEscalationsAsync(new ListEscalationsRequest { PageSize = 1 }, cancellationToken: Cancel);
        var next = await W.Admin.Escalations.ListEscalationsAsync(new ListEscalationsRequest { PageSize = 1, PageToken = first.NextPageToken }, cancellationToken: Cancel);
        Assert.NotEqual(first.Escalations.Single().Name, next.Escalations.Single().Name);
    }

    [Fact]
    public async Task Administrators_maintain_the_chain_of_named_contacts()
    {
        var chain = await W.DachAgent.Escalations.ListEscalationLevelsAsync(new ListEscalationLevelsRequest(), cancellationToken: Cancel);
        Assert.Equal([0, 1, 2, 3], chain.Levels.Select(l => l.Level));
        Assert.Equal(HeadOfSupport, chain.Levels[1].Contacts.Single().Email);

        var board = chain.Levels[3].Clone();
        board.Contacts.Add(new EscalationContact { DisplayName = "Chief Operating Officer", Email = "coo@example.test", TimeZone = "Europe/Vienna" });
        await W.DachAgent.Escalations.UpdateEscalationLevelAsync(new UpdateEscalationLevelRequest { Level = board }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        var updated = await W.Admin.Escalations.UpdateEscalationLevelAsync(new UpdateEscalationLevelRequest { Level = board }, cancellationToken: Cancel);
        Assert.Equal(["board@example.test", "coo@example.test"], updated.Contacts.Select(c => c.Email));
        await W.Admin.Escalations.UpdateEscalationLevelAsync(new UpdateEscalationLevelRequest { Level = board }, cancellationToken: Cancel).RefusedAsync(StatusCode.Aborted);

        var bad = updated.Clone();
        bad.Contacts.Add(new EscalationContact { DisplayName = "Nobody", Email = "not an address" });
        (await W.Admin.Escalations.UpdateEscalationLevelAsync(new UpdateEscalationLevelRequest { Level = bad }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("contacts[2].email");
    }

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;
}

public sealed class EscalationsOnSqlite(SqliteWorld fixture) : EscalationTests(fixture), IClassFixture<SqliteWorld>;

public sealed class EscalationsOnPostgres(PostgresWorld fixture) : EscalationTests(fixture), IClassFixture<PostgresWorld>;

public sealed class EscalationsOnSqlServer(SqlServerWorld fixture) : EscalationTests(fixture), IClassFixture<SqlServerWorld>;
