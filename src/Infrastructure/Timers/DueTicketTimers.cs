using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Outbox;
using ServiceDesk.Infrastructure.Persistence;
using ServiceDesk.Infrastructure.Persistence.Bulk;

namespace ServiceDesk.Infrastructure.Timers;

/// <summary>
/// Claims due tickets so that sweepers of several service instances never handle the same ticket at once: PostgreSQL
/// and SQL Server lock the claimed rows and skip rows another transaction holds; SQLite has one writer, and its
/// transaction takes the write lock when it begins. Locks last one batch. The tickets' versions are checked on save as well.
/// The tickets are written set-based (<see cref="BulkRows"/>): their rows, their new activity entries and their events'
/// outbox rows; escalations that breaches open go through the unit of work in the same transaction.
/// </summary>
internal sealed class DueTicketTimers(
    ServiceDeskDbContext db, BulkRows rows, IUnitOfWork unitOfWork, ITicketChangeSignal ticketChanges, DatabaseSettings database, TimeProvider time)
    : IDueTicketTimers
{
    /// <summary>
    /// SQLite has one writer, and a writer that finds it busy sleeps and polls again, every 25 ms once it has waited a
    /// little: without a gap between batches the sweep would take the lock back before a waiting create polls.
    /// </summary>
    private static readonly TimeSpan SqliteWriterGap = TimeSpan.FromMilliseconds(15);

    public async Task<int> ProcessBatchAsync(DateTimeOffset now, int batchSize, Func<Ticket, CancellationToken, Task> apply, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One statement claims and loads. The timers only append to the stream and never read it, so the ticket rows
        // alone are loaded.
        var claimed = Claim(now, batchSize);
        var tickets = await db.Tickets.AsNoTracking().Where(t => claimed.Contains(t.Id)).ToListAsync(cancellationToken);
        if (tickets.Count == 0) return 0;
        var loaded = rows.Snapshot(tickets);
        foreach (var ticket in tickets)
            await apply(ticket, cancellationToken);
        await SaveAsync(tickets, loaded, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        ticketChanges.Notify();
        if (database.Provider is DatabaseProvider.Sqlite && tickets.Count == batchSize) await Task.Delay(SqliteWriterGap, cancellationToken);
        return tickets.Count;
    }

    private async Task SaveAsync(List<Ticket> tickets, IReadOnlyList<object?[]> loaded, CancellationToken cancellationToken)
    {
        if (tickets.Any(t => t.Participants.Count + t.Attachments.Count + t.NotificationChoices.Count > 0))
            throw new InvalidOperationException("The sweep writes ticket rows and new activity entries only, but a timer changed other parts of a ticket.");
        foreach (var ticket in tickets)
            ticket.MarkSaved();
        if (await rows.UpdateAsync(tickets, loaded, cancellationToken) != tickets.Count)
            throw new ConcurrencyConflictException(new InvalidOperationException("A due ticket changed while its batch held it."));
        await rows.InsertAsync(tickets.SelectMany(t => t.Activities).ToList(), cancellationToken);
        var now = time.GetUtcNow();
        await rows.InsertAsync(tickets.SelectMany(t => t.DomainEvents).Select(e => OutboxMessage.For(e, now)).ToList(), cancellationToken);
        foreach (var ticket in tickets)
            ticket.ClearDomainEvents();
    }

    private IQueryable<long> Claim(DateTimeOffset now, int batchSize) => database.Provider switch
    {
        DatabaseProvider.Postgres => db.Database.SqlQuery<long>(
            $"""SELECT "Id" AS "Value" FROM "Tickets" WHERE "NextTimerAt" <= {now} ORDER BY "NextTimerAt" LIMIT {batchSize} FOR UPDATE SKIP LOCKED"""),
        DatabaseProvider.SqlServer => db.Database.SqlQuery<long>(
            $"""SELECT TOP ({batchSize}) "Id" AS "Value" FROM "Tickets" WITH (UPDLOCK, ROWLOCK, READPAST) WHERE "NextTimerAt" <= {now} ORDER BY "NextTimerAt" """),
        // SQLite stores instants as UTC ticks (UtcTicksConverter).
        _ => db.Database.SqlQuery<long>(
            $"""SELECT "Id" AS "Value" FROM "Tickets" WHERE "NextTimerAt" <= {now.UtcTicks} ORDER BY "NextTimerAt" LIMIT {batchSize}"""),
    };
}
