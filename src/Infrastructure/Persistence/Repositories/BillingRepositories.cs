using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Billing;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class BudgetRepository(ServiceDeskDbContext db) : IBudgetRepository
{
    public Task<Budget?> FindAsync(Guid organizationId, CancellationToken cancellationToken) =>
        db.Set<Budget>().Include(b => b.TopUps).SingleOrDefaultAsync(b => b.OrganizationId == organizationId, cancellationToken);

    public void Add(Budget budget) => db.Set<Budget>().Add(budget);
}

internal sealed class WorkLogRepository(ServiceDeskDbContext db) : IWorkLogRepository
{
    public Task<WorkLog?> FindAsync(long ticketId, Guid id, CancellationToken cancellationToken) =>
        db.Set<WorkLog>().SingleOrDefaultAsync(w => w.TicketId == ticketId && w.Id == id, cancellationToken);

    public Task<bool> IsReversedAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<WorkLog>().AnyAsync(w => w.ReversalOfId == id, cancellationToken);

    public async Task<IReadOnlyList<WorkLog>> ListAsync(long ticketId, DateTimeOffset? afterRecordedAt, Guid? afterId, int take, CancellationToken cancellationToken)
    {
        var workLogs = db.Set<WorkLog>().AsNoTracking().Where(w => w.TicketId == ticketId);
        if (afterRecordedAt is { } at)
        {
            var id = afterId ?? Guid.Empty;
            workLogs = workLogs.Where(w => w.RecordedAt > at || (w.RecordedAt == at && w.Id.CompareTo(id) > 0));
        }
        return await workLogs.OrderBy(w => w.RecordedAt).ThenBy(w => w.Id).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(WorkLog workLog) => db.Set<WorkLog>().Add(workLog);
}
