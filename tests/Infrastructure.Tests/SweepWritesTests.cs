using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Sla;
using ServiceDesk.Application.Sla.Timers;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Persistence;
using ServiceDesk.Infrastructure.Persistence.Bulk;

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>The sweep writes its tickets set-based; what it stores must be what a saved change (EF's SaveChanges) stores.</summary>
public sealed class SweepWritesTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task A_swept_ticket_is_stored_column_for_column_as_a_saved_change_stores_it(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var organizationId = await database.SaveOrganizationAsync();
        var agent = People.SupportAgent();
        var contact = People.Contact(organizationId);
        var details = new IncidentDetails("https://lms.example.test/login", "Sign in", "An error page", "The start page", "Firefox", null, "Login");
        // A defect whose restoration clock breaches (both clocks set, incident details set) and a resolved
        // support request that closes (no clocks at all): each twice, one twin for each way of saving.
        Ticket Breaching(long number, DateTimeOffset now)
        {
            var ticket = contact.OpenIncident(number, now, details: details);
            ticket.Accept(agent, now);
            ticket.StartReview(agent, now);
            ticket.Reclassify(agent, TicketType.SoftwareDefect, now);
            ticket.SetPriority(agent, FaultCategory.SoftwareUsability, Priority.Critical2, now);
            return ticket;
        }
        Ticket Resolved(long number, DateTimeOffset now)
        {
            var ticket = contact.OpenIncident(number, now);
            ticket.Accept(agent, now);
            ticket.StartReview(agent, now);
            ticket.Reclassify(agent, TicketType.SupportRequest, now);
            ticket.Resolve(agent, Resolution.Answered, null, now);
            return ticket;
        }
        var twins = new List<(long Saved, long Swept, Func<Ticket, bool> Due)>();
        foreach (var (open, due) in new (Func<long, DateTimeOffset, Ticket>, Func<Ticket, bool>)[]
                 { (Breaching, t => t.Restoration?.BreachedAt is not null), (Resolved, t => t.Status is TicketStatus.Closed) })
            twins.Add(((await database.SaveNewTicketWithClocksAsync(open)).Id, (await database.SaveNewTicketWithClocksAsync(open)).Id, due));

        database.Clock.Advance(TimeSpan.FromDays(50));
        foreach (var (saved, _, _) in twins)
            await RunTimersAndSaveChangesAsync(database, saved);
        await using (var scope = database.NewScope())
            Assert.Equal(twins.Count, await scope.Get<TicketTimerSweep>().RunAsync(Cancellation));

        await using var check = database.NewScope();
        var db = check.Get<ServiceDeskDbContext>();
        foreach (var (saved, swept, due) in twins)
        {
            var tickets = await db.Tickets.AsNoTracking().Where(t => t.Id == saved || t.Id == swept).OrderBy(t => t.Id != saved).ToListAsync(Cancellation);
            Assert.All(tickets, t => Assert.True(due(t)));
            Assert.Equal(Columns<Ticket>(db, tickets[0], "Id"), Columns<Ticket>(db, tickets[1], "Id"));
            var entries = await db.Set<TicketActivity>().AsNoTracking().Where(a => a.TicketId == saved || a.TicketId == swept)
                .OrderBy(a => a.Sequence).ToListAsync(Cancellation);
            Assert.Equal(
                entries.Where(a => a.TicketId == saved).Select(a => Columns<TicketActivity>(db, a, "Id", "TicketId")),
                entries.Where(a => a.TicketId == swept).Select(a => Columns<TicketActivity>(db, a, "Id", "TicketId")));
        }
    }

    /// <summary>The stored values of every column but the given ones, named.</summary>
    private static List<string> Columns<T>(ServiceDeskDbContext db, T row, params string[] except) where T : class =>
        BulkTable.Of<T>(db).Columns.Where(c => !except.Contains(c.Name)).Select(c => $"{c.Name}={c.StoreValue(row)}").ToList();

    private static async Task RunTimersAndSaveChangesAsync(DatabaseUnderTest database, long id)
    {
        await using var scope = database.NewScope();
        var ticket = await scope.Get<ServiceDeskDbContext>().Tickets.SingleAsync(t => t.Id == id, Cancellation);
        var now = database.Clock.GetUtcNow();
        ticket.RunDueTimers(await scope.Get<SlaTermsSource>().ForAsync(ticket.OrganizationId, Cancellation), now);
        await scope.Get<IUnitOfWork>().SaveChangesAsync(Cancellation);
    }
}
