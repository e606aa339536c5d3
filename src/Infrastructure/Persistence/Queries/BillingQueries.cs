using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Billing;

namespace ServiceDesk.Infrastructure.Persistence.Queries;

internal sealed class BillingQueries(ServiceDeskDbContext db) : IBillingQueries
{
    public async Task<BudgetBalance> BalanceAsync(Guid organizationId, BalanceCutOff? cutOff, CancellationToken cancellationToken)
    {
        var topUps = db.Set<BudgetTopUp>().Where(t => t.OrganizationId == organizationId);
        var used = db.Set<WorkLog>().Where(w => w.OrganizationId == organizationId && w.Billable);
        if (cutOff is { } c)
        {
            topUps = topUps.Where(t => t.RecordedAt < c.RecordedBefore && t.Date <= c.DatedThrough);
            used = used.Where(w => w.RecordedAt < c.RecordedBefore);
        }
        return new BudgetBalance(
            await topUps.SumAsync(t => (long)t.Minutes, cancellationToken),
            await used.SumAsync(w => (long)w.Minutes, cancellationToken));
    }

    public async Task<IReadOnlyList<TicketEffort>> StatementCandidatesAsync(Guid organizationId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var rows = await (
            from w in db.Set<WorkLog>().AsNoTracking()
            join t in db.Tickets on w.TicketId equals t.Id
            where w.OrganizationId == organizationId && w.Billable && w.RecordedAt < end
                && (w.RecordedAt >= start || t.ClosedAt >= start)
            select new { Entry = w, t.Title, t.ClosedAt }).ToListAsync(cancellationToken);
        return rows.Select(r => new TicketEffort(r.Entry, r.Title, r.ClosedAt)).ToList();
    }
}
