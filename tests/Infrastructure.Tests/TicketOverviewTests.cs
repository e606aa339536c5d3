using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets.ListTickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Tests;

public sealed class TicketOverviewTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private readonly Actor _agent = People.SupportAgent();

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Keyword_search_finds_a_word_of_the_title_or_the_description(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var organization = Guid.NewGuid();
        var contact = People.Contact(organization);
        var printer = await database.SaveNewTicketAsync((number, now) => contact.OpenIncident(number, now, "Printer jams on floor three", "Paper gets stuck."));
        var reports = await database.SaveNewTicketAsync((number, now) => contact.OpenIncident(number, now, "Reports look faded", "The toner cartridge seems empty."));

        Assert.Equal([printer.Id], await SearchAsync(database, organization, "printer"));
        Assert.Equal([reports.Id], await SearchAsync(database, organization, "toner"));
        Assert.Equal([printer.Id], await SearchAsync(database, organization, "FLOOR Printer"));
        Assert.Empty(await SearchAsync(database, organization, "printer toner"));

        await EditTitleAsync(database, reports.Id, "Scanned reports look faded");
        Assert.Equal([reports.Id], await SearchAsync(database, organization, "scanned"));
    }

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Search_syntax_in_a_keyword_is_plain_text(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var organization = Guid.NewGuid();
        var contact = People.Contact(organization);
        var ticket = await database.SaveNewTicketAsync((number, now) => contact.OpenIncident(number, now, "Login fails (error 500)", "Since the update."));

        foreach (var keyword in new[] { "\"foo AND (", "*", "NEAR(a b)", "title:x", "-", "'", "\"", "a OR", "\\", "%_", ":*", "!&|", "^x" })
            await SearchAsync(database, organization, keyword);

        Assert.Equal([ticket.Id], await SearchAsync(database, organization, "(error"));
    }

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task A_contact_of_another_organisation_sees_nothing(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var organization = Guid.NewGuid();
        var reporter = People.Contact(organization);
        var ticket = await database.SaveNewTicketAsync((number, now) => reporter.OpenIncident(number, now));
        var stranger = People.Contact(Guid.NewGuid());

        Assert.Empty(await database.ListAsync(stranger, new TicketListQuery()));
        Assert.Empty(await database.ListAsync(stranger, new TicketListQuery { OrganizationId = organization }));
        Assert.Equal([ticket.Id], (await database.ListAsync(reporter, new TicketListQuery())).Select(t => t.Id));
        await using var scope = database.NewScope();
        Assert.Null(await scope.Get<ITicketRepository>().FindVisibleAsync(ticket.Id, stranger, Cancellation));
    }

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Keyset_paging_returns_every_ticket_once_in_update_order(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var organization = Guid.NewGuid();
        var contact = People.Contact(organization);
        var ids = new List<long>();
        for (var i = 0; i < 17; i++)
        {
            // Groups of three share a time, so the id must break ties.
            if (i % 3 == 0) database.Clock.Advance(TimeSpan.FromMinutes(1));
            ids.Add((await database.SaveNewTicketAsync((number, now) => contact.OpenIncident(number, now))).Id);
        }
        // Older tickets updated later, two of them at the same time, so update order is not creation order.
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        await EditTitleAsync(database, ids[0], "Edited first");
        await EditTitleAsync(database, ids[4], "Edited fifth");

        foreach (var order in new[] { TicketOrder.UpdatedDescending, TicketOrder.UpdatedAscending })
        {
            var seen = new List<TicketSummary>();
            KeysetPosition? after = null;
            for (var pages = 0; pages < ids.Count; pages++)
            {
                var page = await database.ListAsync(_agent, new TicketListQuery { OrganizationId = organization, Order = order, After = after }, take: 5);
                seen.AddRange(page);
                if (page.Count < 5) break;
                after = new KeysetPosition(page[^1].UpdatedAt, page[^1].Id);
            }

            Assert.Equal(ids.Order(), seen.Select(t => t.Id).Order());
            var expected = order is TicketOrder.UpdatedAscending
                ? seen.OrderBy(t => t.UpdatedAt).ThenBy(t => t.Id)
                : seen.OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id);
            Assert.Equal(expected.Select(t => t.Id), seen.Select(t => t.Id));
        }
    }

    private async Task<IEnumerable<long>> SearchAsync(DatabaseUnderTest database, Guid organization, string keyword) =>
        (await database.ListAsync(_agent, new TicketListQuery { OrganizationId = organization, Keyword = keyword })).Select(t => t.Id);

    private async Task EditTitleAsync(DatabaseUnderTest database, long ticketId, string title)
    {
        await using var scope = database.NewScope();
        var ticket = await scope.Get<ITicketRepository>().FindVisibleAsync(ticketId, _agent, Cancellation);
        ticket!.Edit(_agent, new TicketEdit(Title: title), database.Clock.GetUtcNow());
        await scope.Get<IUnitOfWork>().SaveChangesAsync(Cancellation);
    }
}
