using Grpc.Core;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>The ticket overview (SPEC section 11): filters, contact scopes, keyword search and keyset paging.</summary>
public abstract class ListTicketsTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Status_filter_returns_only_tickets_in_those_statuses()
    {
        var keyword = Keyword();
        var opened = await TicketAsync(W.AlphaContact, keyword);
        var accepted = await W.DachAgent.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = (await TicketAsync(W.AlphaContact, keyword)).Name }, cancellationToken: Cancel);

        Assert.Equal(Names(accepted), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, Statuses = { TicketStatus.PreCheck } }));
        Assert.Equal(Names(opened), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, Statuses = { TicketStatus.Opened } }));
        Assert.Equal(Names(opened, accepted), await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword, Statuses = { TicketStatus.Opened, TicketStatus.PreCheck } }));
        Assert.Empty(await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword, Statuses = { TicketStatus.Closed } }));
    }

    [Fact]
    public async Task Type_filter_returns_only_tickets_of_those_types()
    {
        var keyword = Keyword();
        var incident = await TicketAsync(W.AlphaContact, keyword);
        var request = await W.AlphaContact.Tickets.CreateRequestAsync(new CreateRequestRequest
        {
            Ticket = new NewTicketFields { Title = $"Question {keyword}", Description = "How do I export?" },
        }, cancellationToken: Cancel);

        Assert.Equal(Names(request), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, TicketTypes = { TicketType.Request } }));
        Assert.Equal(Names(incident), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, TicketTypes = { TicketType.Incident } }));
        Assert.Empty(await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword, TicketTypes = { TicketType.SoftwareDefect } }));
    }

    [Fact]
    public async Task Priority_filter_returns_only_defects_of_those_priorities()
    {
        var keyword = Keyword();
        var major = await DefectAsync(keyword, Priority.P3);
        var minor = await DefectAsync(keyword, Priority.P4);
        var unprioritised = await TicketAsync(W.AlphaContact, keyword);

        Assert.Equal(Names(major), await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword, Priorities = { Priority.P3 } }));
        Assert.Equal(Names(major, minor), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, Priorities = { Priority.P3, Priority.P4 } }));
        Assert.Empty(await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword, Priorities = { Priority.P2 } }));
        Assert.Equal(Names(major, minor, unprioritised), await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword }));
    }

    [Fact]
    public async Task Agents_filter_by_organisation()
    {
        var keyword = Keyword();
        var alpha = await TicketAsync(W.AlphaContact, keyword);
        var beta = await TicketAsync(W.BetaContact, keyword);

        Assert.Equal(Names(alpha, beta), await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword }));
        Assert.Equal(Names(beta), await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword, Organization = W.Beta.Name }));
        Assert.Equal(Names(alpha), await ListAsync(W.InternationalAgent, new ListTicketsRequest { Keyword = keyword, Organization = W.Alpha.Name }));
        // A contact naming another organisation still sees only what they may.
        Assert.Empty(await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, Organization = W.Beta.Name }));
    }

    [Fact]
    public async Task Reporter_filter_returns_only_that_reporters_tickets()
    {
        var keyword = Keyword();
        var byContact = await TicketAsync(W.AlphaContact, keyword);
        var byColleague = await TicketAsync(W.AlphaColleague, keyword);

        Assert.Equal(Names(byColleague), await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword, Reporter = W.AlphaColleague.Name }));
        Assert.Equal(Names(byContact), await ListAsync(W.AlphaColleague, new ListTicketsRequest { Keyword = keyword, Reporter = W.AlphaContact.Name }));
    }

    [Fact]
    public async Task Created_range_includes_its_start_and_excludes_its_end()
    {
        var keyword = Keyword();
        var first = await TicketAsync(W.AlphaContact, keyword);
        W.App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await TicketAsync(W.AlphaContact, keyword);
        W.App.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await TicketAsync(W.AlphaContact, keyword);
        Assert.True(first.CreateTime < second.CreateTime && second.CreateTime < third.CreateTime);

        Assert.Equal(Names(second), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, CreateTimeFrom = second.CreateTime, CreateTimeTo = third.CreateTime }));
        Assert.Equal(Names(second, third), await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword, CreateTimeFrom = second.CreateTime }));
        Assert.Equal(Names(first), await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = keyword, CreateTimeTo = second.CreateTime }));
    }

    [Fact]
    public async Task Contact_scopes_are_mine_my_organisation_or_both()
    {
        var keyword = Keyword();
        var mineShared = await TicketAsync(W.AlphaContact, keyword, ShareWith.Organization);
        var mineOnlyMe = await TicketAsync(W.AlphaContact, keyword, ShareWith.OnlyMe);
        var colleagueShared = await TicketAsync(W.AlphaColleague, keyword, ShareWith.Organization);
        await TicketAsync(W.AlphaColleague, keyword, ShareWith.OnlyMe);
        await TicketAsync(W.BetaContact, keyword, ShareWith.Organization);

        Assert.Equal(Names(mineShared, mineOnlyMe), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, Scope = TicketScope.Mine }));
        Assert.Equal(Names(colleagueShared), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, Scope = TicketScope.MyOrganization }));
        Assert.Equal(Names(mineShared, mineOnlyMe, colleagueShared), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = keyword, Scope = TicketScope.Unspecified }));
    }

    [Fact]
    public async Task Keyword_finds_a_word_that_is_only_in_the_description()
    {
        var word = Keyword();
        var ticket = await W.AlphaContact.Tickets.CreateRequestAsync(new CreateRequestRequest
        {
            Ticket = new NewTicketFields { Title = "Certificate renewal", Description = $"Our SSO certificate {word} expires next week." },
        }, cancellationToken: Cancel);
        await TicketAsync(W.AlphaContact, Keyword());

        Assert.Equal(Names(ticket), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = word }));
        Assert.Equal(Names(ticket), await ListAsync(W.DachAgent, new ListTicketsRequest { Keyword = word }));
    }

    [Fact]
    public async Task Keyword_finds_a_word_in_the_title()
    {
        var word = Keyword();
        var ticket = await W.AlphaContact.Tickets.CreateRequestAsync(new CreateRequestRequest
        {
            Ticket = new NewTicketFields { Title = $"Export {word} is empty", Description = "The CSV has only a header." },
        }, cancellationToken: Cancel);

        Assert.Equal(Names(ticket), await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = word }));
        // Every word must match: another word narrows to nothing.
        Assert.Empty(await ListAsync(W.AlphaContact, new ListTicketsRequest { Keyword = $"{word} {Keyword()}" }));
    }

    [Theory]
    [InlineData("\"foo AND (")]
    [InlineData("*")]
    [InlineData("title:foo NEAR(bar baz)")]
    [InlineData("foo OR -bar ^ 'x' & | ! :* <->")]
    [InlineData("\"")]
    [InlineData("(")]
    public async Task Keyword_with_search_syntax_is_plain_text_and_never_fails(string syntax)
    {
        var word = Keyword();
        var ticket = await TicketAsync(W.AlphaContact, word);

        var listed = await W.AlphaContact.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = syntax }, cancellationToken: Cancel);
        Assert.NotNull(listed);
        var combined = await W.DachAgent.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = $"{word} {syntax}" }, cancellationToken: Cancel);
        Assert.DoesNotContain(combined.Tickets, t => t.Name != ticket.Name);
    }

    [Theory]
    [InlineData("create_time desc")]
    [InlineData("create_time")]
    [InlineData("update_time desc")]
    public async Task Keyset_pages_return_every_ticket_exactly_once_in_order(string orderBy)
    {
        var keyword = Keyword();
        // All created in the same instant: creation order is number order.
        var created = new List<Ticket>();
        for (var i = 0; i < 5; i++) created.Add(await TicketAsync(W.AlphaContact, keyword));
        // Updated in an order of their own, the last two in the same instant, so that the first page ends inside a tie.
        foreach (var i in new[] { 2, 4, 0, 3, 1 })
        {
            await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = created[i].Name, Text = "Noted." }, cancellationToken: Cancel);
            if (i != 3) W.App.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        var expected = orderBy switch
        {
            "create_time desc" => Names(created[4], created[3], created[2], created[1], created[0]),
            "create_time" => Names([.. created]),
            _ => Names(created[3], created[1], created[0], created[4], created[2]),
        };

        var seen = new List<string>();
        var pages = new List<int>();
        var token = "";
        do
        {
            var page = await W.AlphaContact.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = keyword, OrderBy = orderBy, PageSize = 2, PageToken = token }, cancellationToken: Cancel);
            seen.AddRange(page.Tickets.Select(t => t.Name));
            pages.Add(page.Tickets.Count);
            token = page.NextPageToken;
            Assert.True(pages.Count <= 3, "Five tickets in pages of two take three pages.");
        } while (token != "");

        Assert.Equal(expected, seen);
        Assert.Equal([2, 2, 1], pages);
    }

    [Fact]
    public async Task Page_token_of_one_order_is_invalid_with_another()
    {
        var keyword = Keyword();
        for (var i = 0; i < 3; i++) await TicketAsync(W.AlphaContact, keyword);
        var first = await W.AlphaContact.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = keyword, OrderBy = "create_time desc", PageSize = 2 }, cancellationToken: Cancel);
        Assert.NotEmpty(first.NextPageToken);

        foreach (var other in new[] { "create_time", "update_time desc", "update_time" })
        {
            var refused = await W.AlphaContact.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = keyword, OrderBy = other, PageSize = 2, PageToken = first.NextPageToken }, cancellationToken: Cancel)
                .RefusedAsync(StatusCode.InvalidArgument);
            refused.FieldViolation("page_token");
        }
        var second = await W.AlphaContact.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = keyword, OrderBy = "create_time desc", PageSize = 2, PageToken = first.NextPageToken }, cancellationToken: Cancel);
        Assert.Single(second.Tickets);
    }

    private static string Keyword() => "kw" + Guid.NewGuid().ToString("N");

    private static async Task<Ticket> TicketAsync(Caller reporter, string keyword, ShareWith share = ShareWith.Organization) =>
        await reporter.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields { Title = $"Uploads fail {keyword}", Description = "Files larger than 10 MB are rejected.", ShareWith = share },
            Product = "LMS",
        }, cancellationToken: Cancel);

    private async Task<Ticket> DefectAsync(string keyword, Priority priority)
    {
        var agent = W.DachAgent.Tickets;
        var ticket = await TicketAsync(W.AlphaContact, keyword);
        ticket = await agent.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await agent.StartReviewAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await agent.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SoftwareDefect }, cancellationToken: Cancel);
        return await agent.SetPriorityAsync(new SetPriorityRequest { Name = ticket.Name, Priority = priority, FaultCategory = FaultCategory.SoftwareUsability }, cancellationToken: Cancel);
    }

    /// <summary>Every matching ticket's name, oldest first.</summary>
    private static async Task<List<string>> ListAsync(Caller caller, ListTicketsRequest request)
    {
        request.OrderBy = "create_time";
        request.PageSize = 200;
        var listed = await caller.Tickets.ListTicketsAsync(request, cancellationToken: Cancel);
        Assert.Empty(listed.NextPageToken);
        return listed.Tickets.Select(t => t.Name).ToList();
    }

    private static List<string> Names(params Ticket[] tickets) => tickets.Select(t => t.Name).ToList();
}

public sealed class ListTicketsOnSqlite(SqliteWorld fixture) : ListTicketsTests(fixture), IClassFixture<SqliteWorld>;

public sealed class ListTicketsOnPostgres(PostgresWorld fixture) : ListTicketsTests(fixture), IClassFixture<PostgresWorld>;

public sealed class ListTicketsOnSqlServer(SqlServerWorld fixture) : ListTicketsTests(fixture), IClassFixture<SqlServerWorld>;
