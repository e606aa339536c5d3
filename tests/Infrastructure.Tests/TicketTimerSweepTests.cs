using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Sla;
using ServiceDesk.Application.Sla.Timers;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Tests;

public sealed class TicketTimerSweepTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private const int Batch = 7;
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Two_sweepers_at_once_never_remind_twice_nor_close_twice(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var organizationId = await database.SaveOrganizationAsync();
        var agent = People.SupportAgent();
        var contact = People.Contact(organizationId);
        var waiting = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            var resolved = await database.SaveNewTicketAsync((number, now) => Reviewed(contact.OpenIncident(number, now), agent, now, t => t.Resolve(agent, Resolution.Answered, null, now)));
            var asked = await database.SaveNewTicketAsync((number, now) => Reviewed(contact.OpenIncident(number, now), agent, now, t => t.RequestClarification(agent, "Which browser?", now)));
            waiting.Add(asked.Id);
        }

        database.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(30, await SweepTwiceAtOnceAsync(database));
        database.Clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(60, await SweepTwiceAtOnceAsync(database));

        await using var scope = database.NewScope();
        var db = scope.Get<ServiceDeskDbContext>();
        var mine = db.Tickets.Where(t => t.OrganizationId == organizationId);
        Assert.Equal(60, await mine.CountAsync(t => t.Status == TicketStatus.Closed && t.CloseReason == CloseReason.AutoClosed, Cancellation));
        var entries = await db.Set<TicketActivity>().Where(a => mine.Select(t => t.Id).Contains(a.TicketId)).ToListAsync(Cancellation);
        Assert.All(waiting, id => Assert.Single(entries, a => a.TicketId == id && a.Kind == ActivityKind.ReminderSent));
        Assert.Equal(60, entries.Count(a => a.Kind == ActivityKind.StatusChanged && a.To == nameof(TicketStatus.Closed)));
        Assert.Equal(30, await db.OutboxMessages.CountAsync(m => m.Type == "CustomerReminderDue", Cancellation));
        Assert.Equal(0, await mine.CountAsync(t => t.NextTimerAt != null, Cancellation));
    }

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Two_sweepers_at_once_escalate_each_breach_exactly_once(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var organizationId = await database.SaveOrganizationAsync();
        var agent = People.SupportAgent();
        var contact = People.Contact(organizationId);
        for (var i = 0; i < 20; i++)
            await database.SaveNewTicketWithClocksAsync((number, now) => Reviewed(contact.OpenIncident(number, now), agent, now, TicketType.SoftwareDefect,
                t => t.SetPriority(agent, FaultCategory.SoftwareUsability, Priority.Critical2, now)));

        // Priority 2 restores within 8 hours around the clock by default.
        database.Clock.Advance(TimeSpan.FromHours(9));
        Assert.Equal(20, await SweepTwiceAtOnceAsync(database));
        Assert.Equal(0, await SweepTwiceAtOnceAsync(database));

        await using var scope = database.NewScope();
        var db = scope.Get<ServiceDeskDbContext>();
        var escalations = await db.Escalations.Where(e => e.OrganizationId == organizationId).ToListAsync(Cancellation);
        Assert.Equal(20, escalations.Select(e => e.TicketId).Distinct().Count());
        Assert.All(escalations, e => Assert.Equal((0, EscalationReason.RestorationTimeExceeded, EscalationState.Open), (e.Level, e.Reason, e.State)));
        var ids = escalations.Select(e => e.Id.ToString()).ToList();
        var alerts = await db.OutboxMessages.Where(m => m.Type == nameof(EscalationLevelReached)).Select(m => m.Payload).ToListAsync(Cancellation);
        Assert.Equal(20, alerts.Count(payload => ids.Any(payload.Contains)));
    }

    private static Ticket Reviewed(Ticket ticket, Domain.Common.Actor agent, DateTimeOffset now, Func<Ticket, Domain.Common.Result> then) =>
        Reviewed(ticket, agent, now, TicketType.SupportRequest, then);

    private static Ticket Reviewed(Ticket ticket, Domain.Common.Actor agent, DateTimeOffset now, TicketType type, Func<Ticket, Domain.Common.Result> then)
    {
        ticket.Accept(agent, now);
        ticket.StartReview(agent, now);
        ticket.Reclassify(agent, type, now);
        Assert.True(then(ticket).IsSuccess);
        return ticket;
    }

    /// <summary>Two service instances sweeping the same database at the same moment, in small batches.</summary>
    private static async Task<int> SweepTwiceAtOnceAsync(DatabaseUnderTest database)
    {
        await using var first = database.NewScope();
        await using var second = database.NewScope();
        var handled = await Task.WhenAll(
            Task.Run(() => Sweep(first).RunAsync(Cancellation, Batch), Cancellation),
            Task.Run(() => Sweep(second).RunAsync(Cancellation, Batch), Cancellation));
        return handled.Sum();
    }

    private static TicketTimerSweep Sweep(Microsoft.Extensions.DependencyInjection.AsyncServiceScope scope) => scope.Get<TicketTimerSweep>();
}
