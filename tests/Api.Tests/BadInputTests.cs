using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>
/// Bad input is INVALID_ARGUMENT with a <c>BadRequest</c> field violation naming the field, and stores nothing;
/// a workflow rule is FAILED_PRECONDITION with its reason; a stale etag is ABORTED (ARCHITECTURE section 3).
/// </summary>
public abstract class BadInputTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ticket_without_a_title_is_invalid_and_not_stored()
    {
        var keyword = Keyword();
        Assert.Empty(await MyTicketsAsync(keyword));

        var refused = await CreateIncident(title: "", keyword).RefusedAsync(StatusCode.InvalidArgument);
        refused.FieldViolation("ticket.title");

        Assert.Empty(await MyTicketsAsync(keyword));
    }

    [Fact]
    public async Task Ticket_with_a_one_megabyte_title_is_invalid_and_not_stored()
    {
        var keyword = Keyword();
        Assert.Empty(await MyTicketsAsync(keyword));

        var refused = await CreateIncident(title: new string('x', 1024 * 1024), keyword).RefusedAsync(StatusCode.InvalidArgument);
        refused.FieldViolation("ticket.title");
        Assert.True(refused.Status.Detail.Length < 1000, "The refusal must not echo the megabyte back.");

        Assert.Empty(await MyTicketsAsync(keyword));
    }

    [Fact]
    public async Task Unknown_share_with_value_is_invalid_and_not_stored()
    {
        var keyword = Keyword();
        Assert.Empty(await MyTicketsAsync(keyword));

        var refused = await W.AlphaContact.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields { Title = "Share with whom?", Description = $"Unknown sharing {keyword}", ShareWith = (ShareWith)99 },
        }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument);
        refused.FieldViolation("ticket.share_with");

        Assert.Empty(await MyTicketsAsync(keyword));
    }

    [Fact]
    public async Task Incident_detail_that_is_too_long_is_named_as_the_request_names_it()
    {
        var keyword = Keyword();
        var refused = await W.AlphaContact.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields { Title = "Long URL", Description = $"Details {keyword}" },
            Product = new string('p', 201),
            IncidentDetails = new IncidentDetails { Url = "https://lms.example.test/" + new string('a', 2_000) },
        }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument);

        refused.FieldViolation("incident_details.url");
        refused.FieldViolation("product");
        Assert.Empty(await MyTicketsAsync(keyword));
    }

    [Fact]
    public async Task Reclassifying_to_an_unknown_type_is_invalid_and_changes_nothing()
    {
        var ticket = await InReviewAsync($"Unknown type {Keyword()}");

        var refused = await W.DachAgent.Tickets.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = (TicketType)99 }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument);
        refused.FieldViolation("type");

        var now = await W.DachAgent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketType.Incident, now.Type);
        Assert.Equal(ticket.Etag, now.Etag);
    }

    [Theory]
    [InlineData("q83vASNFZ4mrze8BI0VniavN7wEjRWeJ")] // random base64
    [InlineData("%%% not a page token %%%")] // garbage
    [InlineData("djEKQ3JlYXRlZERlc2NlbmRpbmcKMApEUk9QIFRBQkxFIFRpY2tldHM")] // the right shape, but the id is SQL
    [InlineData("djIKQ3JlYXRlZERlc2NlbmRpbmcKMAo1")] // another version tag
    public async Task Forged_page_token_is_invalid(string token)
    {
        var refused = await W.AlphaContact.Tickets.ListTicketsAsync(new ListTicketsRequest { PageToken = token, PageSize = 2 }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument);
        refused.FieldViolation("page_token");
    }

    [Fact]
    public async Task Granting_access_to_an_email_address_that_is_not_one_is_invalid_and_creates_no_account()
    {
        var email = $"no-at-sign-{Guid.NewGuid():N}.example.test";
        Assert.DoesNotContain(email, await AlphaContactEmailsAsync());

        var refused = await W.DachAgent.Accounts.GrantContactAccessAsync(new GrantContactAccessRequest { Organization = W.Alpha.Name, Person = World.Person(email) }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument);
        refused.FieldViolation("person.email");

        Assert.DoesNotContain(email, await AlphaContactEmailsAsync());
    }

    [Theory]
    [InlineData("tickets/XYZ")]
    [InlineData("tickets/SD-")]
    [InlineData("organizations/SD-1")]
    public async Task Malformed_ticket_name_is_invalid(string name)
    {
        var get = await W.DachAgent.Tickets.GetTicketAsync(new GetTicketRequest { Name = name }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument);
        get.FieldViolation("name");
        var comment = await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = name, Text = "Hello" }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument);
        comment.FieldViolation("name");
    }

    [Fact]
    public async Task Unreproduced_software_defect_cannot_go_in_progress()
    {
        var ticket = await InReviewAsync($"Not reproduced {Keyword()}");
        ticket = await W.DachAgent.Tickets.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SoftwareDefect }, cancellationToken: Cancel);

        var refused = await W.DachAgent.Tickets.StartProgressAsync(new TicketStepRequest { Name = ticket.Name, Etag = ticket.Etag }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.FailedPrecondition);
        Assert.Equal("ticket.not_reproduced", refused.Detail<ErrorInfo>().Reason);
        Assert.Contains(refused.Detail<PreconditionFailure>().Violations, v => v.Subject == "ticket.not_reproduced");

        var now = await W.DachAgent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.InReview, now.Status);
        Assert.Equal(ticket.Etag, now.Etag);
    }

    [Fact]
    public async Task Edit_with_a_stale_etag_is_aborted_and_changes_nothing()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, $"Original title {Keyword()}");
        await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "Which browser?" }, cancellationToken: Cancel);

        var stale = Edit(ticket.Name, ticket.Etag, "Title from a stale read");
        await W.AlphaContact.Tickets.UpdateTicketAsync(stale, cancellationToken: Cancel).RefusedAsync(StatusCode.Aborted);

        var now = await W.AlphaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(ticket.Title, now.Title);
        var fresh = await W.AlphaContact.Tickets.UpdateTicketAsync(Edit(ticket.Name, now.Etag, "Title from a fresh read"), cancellationToken: Cancel);
        Assert.Equal("Title from a fresh read", fresh.Title);
    }

    private static UpdateTicketRequest Edit(string name, string etag, string title) => new()
    {
        Ticket = new Ticket { Name = name, Etag = etag, Title = title },
        UpdateMask = new FieldMask { Paths = { "title" } },
    };

    private static string Keyword() => "kw" + Guid.NewGuid().ToString("N");

    private AsyncUnaryCall<Ticket> CreateIncident(string title, string keyword) =>
        W.AlphaContact.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields { Title = title, Description = $"Uploads fail {keyword}", ShareWith = ShareWith.OnlyMe },
            Product = "LMS",
        }, cancellationToken: Cancel);

    private async Task<List<string>> MyTicketsAsync(string keyword)
    {
        var listed = await W.AlphaContact.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = keyword, Scope = TicketScope.Mine }, cancellationToken: Cancel);
        return listed.Tickets.Select(t => t.Name).ToList();
    }

    private async Task<Ticket> InReviewAsync(string title)
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, title);
        ticket = await W.DachAgent.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        return await W.DachAgent.Tickets.StartReviewAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
    }

    private async Task<List<string>> AlphaContactEmailsAsync()
    {
        var emails = new List<string>();
        var token = "";
        do
        {
            var page = await W.DachAgent.Accounts.ListAccountsAsync(new ListAccountsRequest
            {
                Kind = AccountKind.Contact, Organization = W.Alpha.Name, PageSize = 100, PageToken = token,
            }, cancellationToken: Cancel);
            emails.AddRange(page.Accounts.Select(a => a.Email));
            token = page.NextPageToken;
        } while (token != "");
        Assert.Contains("anna@alpha.example.test", emails);
        return emails;
    }
}

public sealed class BadInputOnSqlite(SqliteWorld fixture) : BadInputTests(fixture), IClassFixture<SqliteWorld>;

public sealed class BadInputOnPostgres(PostgresWorld fixture) : BadInputTests(fixture), IClassFixture<PostgresWorld>;

public sealed class BadInputOnSqlServer(SqlServerWorld fixture) : BadInputTests(fixture), IClassFixture<SqlServerWorld>;
