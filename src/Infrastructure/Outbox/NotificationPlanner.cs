using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Notifications;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Outbox;

/// <summary>
/// The outbox's first stage: takes committed domain events in order, lets <see cref="NotificationRules"/> address and
/// render their e-mails, and saves those mails with the events marked processed in one transaction (docs/adr/0030).
/// </summary>
public sealed class NotificationPlanner(ServiceDeskDbContext db, NotificationRules rules, TimeProvider time)
{
    private const int BatchSize = 100;

    /// <summary>One batch; returns how many events it took (0 when none were due or another instance took them first).</summary>
    public async Task<int> PlanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var batch = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0) return 0;

        foreach (var message in batch) message.MarkProcessed(now);
        await rules.PlanAsync(batch.Select(OutboxEvents.Read).OfType<Domain.Common.IDomainEvent>().ToList(), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return 0;
        }
        return batch.Count;
    }
}
