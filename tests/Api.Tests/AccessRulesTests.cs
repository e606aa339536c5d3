using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;
using Channel = ServiceDesk.Contracts.Tickets.V1.Channel;

namespace ServiceDesk.Api.Tests;

/// <summary>
/// Who may see and do what (SPEC sections 1 and 3, TicketVisibility): each rule with a caller who may and one who may not.
/// </summary>
public abstract class AccessRulesTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Colleague_sees_a_ticket_shared_with_the_organisation_but_not_one_shared_with_only_the_reporter()
    {
        var keyword = Keyword();
        var shared = await W.IncidentAsync(W.AlphaContact, $"Shared {keyword}", share: ShareWith.Organization);
        var private_ = await W.IncidentAsync(W.AlphaContact, $"Only me {keyword}", share: ShareWith.OnlyMe);

        // The reporter sees both.
        await Get(W.AlphaContact, shared.Name);
        await Get(W.AlphaContact, private_.Name);
        Assert.Equal(Names(shared, private_), await ListedAsync(W.AlphaContact, keyword));

        // A colleague sees only the shared one.
        var seen = await Get(W.AlphaColleague, shared.Name);
        Assert.Equal(W.AlphaContact.Name, seen.Reporter);
        await W.AlphaColleague.Tickets.GetTicketAsync(new GetTicketRequest { Name = private_.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await W.AlphaColleague.Tickets.AddCommentAsync(new AddCommentRequest { Name = private_.Name, Text = "Me too" }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        Assert.Equal(Names(shared), await ListedAsync(W.AlphaColleague, keyword));
    }

    [Fact]
    public async Task Colleague_reads_and_comments_on_a_shared_ticket_but_only_the_reporter_edits_it_and_chooses_its_participants()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, $"Shared {Keyword()}", share: ShareWith.Organization);
        var colleague = W.AlphaColleague.Tickets;

        await colleague.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "Same here." }, cancellationToken: Cancel);
        var edit = new UpdateTicketRequest { Ticket = new Ticket { Name = ticket.Name, Title = "Taken over" }, UpdateMask = new FieldMask { Paths = { "title" } } };
        await colleague.UpdateTicketAsync(edit, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        var addSelf = new ParticipantRequest { Name = ticket.Name, Account = W.AlphaColleague.Name };
        await colleague.AddParticipantAsync(addSelf, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);

        // The reporter adds the colleague, who may then leave.
        await W.AlphaContact.Tickets.AddParticipantAsync(addSelf, cancellationToken: Cancel);
        var left = await colleague.RemoveParticipantAsync(addSelf, cancellationToken: Cancel);
        Assert.Empty(left.Participants);
        Assert.Equal(ticket.Title, left.Title);
    }

    [Fact]
    public async Task Contact_of_another_organisation_gets_not_found_on_every_read_and_change_and_never_lists_the_ticket()
    {
        var keyword = Keyword();
        var ticket = await W.IncidentAsync(W.AlphaContact, $"Alpha only {keyword}");
        var name = ticket.Name;
        var tickets = W.BetaContact.Tickets;

        await tickets.GetTicketAsync(new GetTicketRequest { Name = name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await tickets.AddCommentAsync(new AddCommentRequest { Name = name, Text = "Hello?" }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await tickets.ConfirmResolutionAsync(new TicketStepRequest { Name = name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await tickets.ReopenTicketAsync(new ReopenTicketRequest { Name = name, Reason = "Still broken" }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await tickets.WithdrawTicketAsync(new WithdrawTicketRequest { Name = name, Reason = "Not needed" }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await tickets.ApproveConceptAsync(new TicketStepRequest { Name = name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await tickets.UpdateTicketAsync(new UpdateTicketRequest
        {
            Ticket = new Ticket { Name = name, Title = "Taken over" },
            UpdateMask = new FieldMask { Paths = { "title" } },
        }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await tickets.AddParticipantAsync(new ParticipantRequest { Name = name, Account = W.BetaContact.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        Assert.Empty(await ListedAsync(W.BetaContact, keyword));
        Assert.Empty(await ListedAsync(W.BetaContact, keyword, TicketScope.MyOrganization));

        // Nothing changed, and the ticket's own organisation still sees and lists it.
        var now = await Get(W.AlphaColleague, name);
        Assert.Equal(ticket.Etag, now.Etag);
        Assert.Equal(ticket.Title, now.Title);
        Assert.Equal(Names(ticket), await ListedAsync(W.AlphaColleague, keyword));
    }

    [Fact]
    public async Task Confidential_ticket_is_seen_only_by_the_support_team_of_the_organisations_region()
    {
        var keyword = Keyword();
        var ticket = await W.IncidentAsync(W.AlphaContact, $"Personal data in export {keyword}", confidential: true);
        Assert.True(ticket.Confidential);

        // DACH support is responsible for Alpha.
        Assert.True((await Get(W.DachAgent, ticket.Name)).Confidential);
        Assert.Equal(Names(ticket), await ListedAsync(W.DachAgent, keyword));

        // Support of another region, and another department of the right region, do not learn it exists.
        foreach (var outsider in new[] { W.InternationalAgent, W.Developer })
        {
            await outsider.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
            await outsider.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
            await outsider.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "Looking", Internal = true }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
            Assert.Empty(await ListedAsync(outsider, keyword));
        }
        Assert.Equal(TicketStatus.Opened, (await Get(W.DachAgent, ticket.Name)).Status);
    }

    [Fact]
    public async Task Partner_raises_incidents_for_its_own_organisation_through_the_api_channel()
    {
        var keyword = Keyword();
        var ticket = await W.IncidentAsync(W.AlphaPartner, $"Course sync failed {keyword}");
        Assert.Equal(Channel.Api, ticket.Channel);
        Assert.Equal(W.Alpha.Name, ticket.Organization);
        Assert.Equal(W.AlphaPartner.Name, ticket.Reporter);
        Assert.Equal(Names(ticket), await ListedAsync(W.AlphaPartner, keyword));

        // It belongs to Alpha: Alpha's contacts see it, Beta's do not.
        await Get(W.AlphaContact, ticket.Name);
        await W.BetaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);

        // A partner cannot raise a ticket for someone else, not even for a contact of another organisation.
        await W.AlphaPartner.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields { Title = $"For Beta {keyword}", Description = "Injected", OnBehalfOf = W.BetaContact.Name },
        }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        Assert.Empty(await ListedAsync(W.BetaContact, keyword));
        Assert.Equal(Names(ticket), await ListedAsync(W.DachAgent, keyword));
    }

    [Fact]
    public async Task Partner_sees_its_organisations_shared_tickets_but_gets_not_found_for_another_organisations()
    {
        var keyword = Keyword();
        var alphaTicket = await W.IncidentAsync(W.AlphaContact, $"Alpha shared {keyword}");
        var betaTicket = await W.IncidentAsync(W.BetaContact, $"Beta shared {keyword}");

        await Get(W.AlphaPartner, alphaTicket.Name);
        await W.AlphaPartner.Tickets.GetTicketAsync(new GetTicketRequest { Name = betaTicket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await W.AlphaPartner.Tickets.AddCommentAsync(new AddCommentRequest { Name = betaTicket.Name, Text = "From the LMS" }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        Assert.Equal(Names(alphaTicket), await ListedAsync(W.AlphaPartner, keyword));
    }

    [Fact]
    public async Task Internal_comments_never_reach_contacts_or_partners()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, $"Internal note {Keyword()}");
        var secret = "Customer's config is a mess " + Guid.NewGuid();
        var answer = "We are looking into it " + Guid.NewGuid();
        await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = secret, Internal = true }, cancellationToken: Cancel);
        await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = answer }, cancellationToken: Cancel);

        var agentView = await Get(W.DachAgent, ticket.Name);
        Assert.Contains(agentView.Activities, a => a.Text == secret && a.Internal);
        Assert.Contains(agentView.Activities, a => a.Text == answer && !a.Internal);

        foreach (var customer in new[] { W.AlphaContact, W.AlphaColleague, W.AlphaPartner })
        {
            var seen = await Get(customer, ticket.Name);
            Assert.Contains(seen.Activities, a => a.Text == answer);
            Assert.DoesNotContain(seen.Activities, a => a.Internal || a.Text.Contains(secret, StringComparison.Ordinal));
        }
        // Nor does the answer to a change carry it.
        var afterComment = await W.AlphaContact.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "Thanks" }, cancellationToken: Cancel);
        Assert.DoesNotContain(afterComment.Activities, a => a.Internal || a.Text == secret);
    }

    [Fact]
    public async Task Contact_cannot_write_an_internal_comment()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, $"Sneaky note {Keyword()}");
        var text = "Hidden from the desk's customers " + Guid.NewGuid();
        await W.AlphaContact.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = text, Internal = true }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);
        await W.AlphaPartner.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = text, Internal = true }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);

        Assert.DoesNotContain((await Get(W.DachAgent, ticket.Name)).Activities, a => a.Text == text);
        var byAgent = await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = text, Internal = true }, cancellationToken: Cancel);
        Assert.Contains(byAgent.Activities, a => a.Text == text && a.Internal);
    }

    [Fact]
    public async Task Contact_cannot_call_agent_verbs()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, $"Accept myself {Keyword()}");
        await W.AlphaContact.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        await W.AlphaContact.Tickets.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SoftwareDefect }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);
        await W.AlphaPartner.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        Assert.Equal(TicketStatus.Opened, (await Get(W.AlphaContact, ticket.Name)).Status);

        var accepted = await W.DachAgent.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.PreCheck, accepted.Status);
    }

    [Fact]
    public async Task Only_agents_grant_contact_access()
    {
        var email = $"grant-{Guid.NewGuid():N}@alpha.example.test";
        await W.AlphaContact.Accounts.GrantContactAccessAsync(new GrantContactAccessRequest { Organization = W.Alpha.Name, Person = World.Person(email) }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);
        await W.AlphaPartner.Accounts.GrantContactAccessAsync(new GrantContactAccessRequest { Organization = W.Alpha.Name, Person = World.Person(email) }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);
        await W.App.SignInAsync(email, "anything-at-all-123").RefusedAsync(StatusCode.Unauthenticated);

        var granted = await W.DachAgent.Accounts.GrantContactAccessAsync(new GrantContactAccessRequest { Organization = W.Alpha.Name, Person = World.Person(email) }, cancellationToken: Cancel);
        Assert.True(granted.WelcomeMailSent);
        Assert.Equal(W.Alpha.Name, granted.Account.Organization);
    }

    [Fact]
    public async Task Only_administrators_create_organisations()
    {
        var fields = World.Org("Gamma " + Guid.NewGuid().ToString("N"), SupportTeam.Dach, "Europe/Vienna");
        await W.DachAgent.Accounts.CreateOrganizationAsync(new CreateOrganizationRequest { Organization = fields }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        await W.AlphaContact.Accounts.CreateOrganizationAsync(new CreateOrganizationRequest { Organization = fields }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        var before = await OrganizationNamesAsync();
        Assert.DoesNotContain(fields.DisplayName, before);

        var created = await W.Admin.Accounts.CreateOrganizationAsync(new CreateOrganizationRequest { Organization = fields }, cancellationToken: Cancel);
        Assert.Equal(fields.DisplayName, created.DisplayName);
        Assert.Contains(fields.DisplayName, await OrganizationNamesAsync());
    }

    [Fact]
    public async Task Unauthenticated_call_is_refused()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, $"Anonymous {Keyword()}");
        var anonymous = new TicketService.TicketServiceClient(W.App.Anonymous);
        await anonymous.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);
        await anonymous.ListTicketsAsync(new ListTicketsRequest(), cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);
        await anonymous.CreateIncidentAsync(new CreateIncidentRequest { Ticket = new NewTicketFields { Title = "Anonymous", Description = "Anonymous" } }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.Unauthenticated);
        await new AccountService.AccountServiceClient(W.App.Anonymous).GetMyProfileAsync(new GetMyProfileRequest(), cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);

        // Forged credentials are no better than none.
        var forgedToken = new TicketService.TicketServiceClient(W.App.With("authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"));
        await forgedToken.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);
        var forgedKey = new TicketService.TicketServiceClient(W.App.With("x-api-key", "sdk_" + Guid.NewGuid().ToString("N")));
        await forgedKey.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);

        await Get(W.AlphaContact, ticket.Name);
    }

    [Fact]
    public async Task Deactivated_contacts_existing_token_stops_working_at_once()
    {
        var contact = await World.ContactAsync(W.App, W.DachAgent, W.Alpha, $"leaver-{Guid.NewGuid():N}@alpha.example.test");
        var ticket = await W.IncidentAsync(contact, $"Before leaving {Keyword()}");
        await Get(contact, ticket.Name);

        var deactivated = await W.DachAgent.Accounts.DeactivateAccountAsync(new DeactivateAccountRequest { Name = contact.Name }, cancellationToken: Cancel);
        Assert.False(deactivated.Active);

        await contact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);
        await contact.Tickets.ListTicketsAsync(new ListTicketsRequest(), cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);
        await contact.Accounts.GetMyProfileAsync(new GetMyProfileRequest(), cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);
        // The ticket stays with the organisation.
        await Get(W.AlphaColleague, ticket.Name);
    }

    [Fact]
    public async Task Agent_records_a_phone_ticket_on_a_contacts_behalf()
    {
        var keyword = Keyword();
        var ticket = await W.DachAgent.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields { Title = $"Called in {keyword}", Description = "The contact called: uploads fail.", OnBehalfOf = W.AlphaContact.Name },
            Product = "LMS",
        }, cancellationToken: Cancel);
        Assert.Equal(Channel.Phone, ticket.Channel);
        Assert.Equal(W.AlphaContact.Name, ticket.Reporter);
        Assert.Equal(W.Alpha.Name, ticket.Organization);

        var seen = await Get(W.AlphaContact, ticket.Name);
        Assert.Equal(Channel.Phone, seen.Channel);
        Assert.Equal(Names(ticket), await ListedAsync(W.AlphaContact, keyword, TicketScope.Mine));

        // A contact cannot raise a ticket in a colleague's name.
        await W.AlphaContact.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields { Title = $"In your name {keyword}", Description = "Hi", OnBehalfOf = W.AlphaColleague.Name },
        }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        Assert.Empty(await ListedAsync(W.AlphaColleague, keyword, TicketScope.Mine));
    }

    private static string Keyword() => "kw" + Guid.NewGuid().ToString("N");

    private static async Task<Ticket> Get(Caller caller, string name) =>
        await caller.Tickets.GetTicketAsync(new GetTicketRequest { Name = name }, cancellationToken: Cancel);

    private static async Task<List<string>> ListedAsync(Caller caller, string keyword, TicketScope scope = TicketScope.Unspecified)
    {
        var listed = await caller.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = keyword, Scope = scope, OrderBy = "create_time" }, cancellationToken: Cancel);
        return listed.Tickets.Select(t => t.Name).ToList();
    }

    private static List<string> Names(params Ticket[] tickets) => tickets.Select(t => t.Name).ToList();

    private async Task<List<string>> OrganizationNamesAsync()
    {
        var names = new List<string>();
        var token = "";
        do
        {
            var page = await W.Admin.Accounts.ListOrganizationsAsync(new ListOrganizationsRequest { PageSize = 100, PageToken = token }, cancellationToken: Cancel);
            names.AddRange(page.Organizations.Select(o => o.DisplayName));
            token = page.NextPageToken;
        } while (token != "");
        return names;
    }
}

public sealed class AccessRulesOnSqlite(SqliteWorld fixture) : AccessRulesTests(fixture), IClassFixture<SqliteWorld>;

public sealed class AccessRulesOnPostgres(PostgresWorld fixture) : AccessRulesTests(fixture), IClassFixture<PostgresWorld>;

public sealed class AccessRulesOnSqlServer(SqlServerWorld fixture) : AccessRulesTests(fixture), IClassFixture<SqlServerWorld>;
