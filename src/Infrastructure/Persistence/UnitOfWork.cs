using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Outbox;

namespace ServiceDesk.Infrastructure.Persistence;

/// <summary>
/// One SaveChanges per command: the aggregates' rows, their new versions and their events as outbox rows commit together;
/// then this instance's ticket watchers are woken.
/// </summary>
internal sealed class UnitOfWork(ServiceDeskDbContext db, TimeProvider time, ITicketChangeSignal ticketChanges, SqliteWriteTurn writeTurn) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        var changed = ChangedAggregates();
        foreach (var ticket in changed.OfType<Ticket>())
            ticket.MarkSaved();
        foreach (var delivery in changed.OfType<Delivery>())
            delivery.MarkSaved();
        foreach (var escalation in changed.OfType<Escalation>())
            escalation.MarkSaved();
        foreach (var level in changed.OfType<EscalationLevel>())
            level.MarkSaved();
        var now = time.GetUtcNow();
        db.OutboxMessages.AddRange(changed.SelectMany(a => a.DomainEvents).Select(e => OutboxMessage.For(e, now)));

        await writeTurn.TakeAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // A failed unit of work is discarded, so the scope can still read (say, the ticket a concurrent create made).
            db.ChangeTracker.Clear();
            if (exception is DbUpdateConcurrencyException) throw new ConcurrencyConflictException(exception);
            if (UniqueKeyViolation.Is(exception)) throw new DuplicateRequestException(exception);
            throw;
        }
        finally
        {
            // Inside a caller's transaction (the timer sweep's) the turn lasts until that commits.
            if (db.Database.CurrentTransaction is null) writeTurn.Release();
        }

        foreach (var aggregate in changed)
            aggregate.ClearDomainEvents();
        // Only after the commit: a watcher woken now reads the change.
        if (changed.OfType<Ticket>().Any()) ticketChanges.Notify();
    }

    // A verb may change only child rows (a participant removed), so raised events count as a change too.
    private List<AggregateRoot> ChangedAggregates()
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified || e.Entity.DomainEvents.Count > 0)
            .Select(e => e.Entity)
            .ToList();
    }
}
