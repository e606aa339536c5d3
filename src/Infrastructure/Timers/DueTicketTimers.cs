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
/// outbox rows; escalations that breaches open go through the unit of work in the same transaction. On SQLite each batch
/// waits its turn in the <see cref="SqliteWriterQueue"/> like any other write.
/// </summary>
internal sealed class DueTicketTimers(
    ServiceDeskDbContext db, BulkRows rows, IUnitOfWork unitOfWork, ITicketChangeSignal ticketChanges, SqliteWriteTurn writeTurn,
    DatabaseSettings database, TimeProvider time)
    : IDueTicketTimers
{
    /// <summary>On SQLite a batch holds the only write lock, and a create waits for it: small batches keep that wait short.</summary>
    public int BatchSize => database.Provider is DatabaseProvider.Sqlite ? 100 : 500;

    /// <summary>
    /// How often the SQLite sweep copies the write-ahead log back into the database file itself, after a batch and outside
    /// the write lock. Left to SQLite, that copy runs in whichever commit crosses the log's limit, while it holds the lock,
    /// and the creates waiting behind it took three times as long (benchmarks/README.md).
    /// </summary>
    private const int BatchesPerCheckpoint = 4;

    private int _batches;

    public async Task<int> ProcessBatchAsync(DateTimeOffset now, int batchSize, Func<Ticket, CancellationToken, Task> apply, CancellationToken cancellationToken)
    {
        int handled;
        await writeTurn.TakeAsync(cancellationToken);
        try
        {
            handled = await ProcessClaimedAsync(now, batchSize, apply, cancellationToken);
        }
        finally
        {
            writeTurn.Release();
        }
        if (database.Provider is DatabaseProvider.Sqlite && ++_batches % BatchesPerCheckpoint == 0)
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE)", cancellationToken);
        return handled;
    }

    private async Task<int> ProcessClaimedAsync(DateTimeOffset now, int batchSize, Func<Ticket, CancellationToken, Task> apply, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The claim's ids, then the rows by key. The timers only append to the stream and never read it, so the ticket
        // rows alone are loaded.
        var claimed = await Claim(now, batchSize).ToListAsync(cancellationToken);
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
