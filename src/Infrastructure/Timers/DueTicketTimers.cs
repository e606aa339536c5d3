using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Timers;

/// <summary>
/// Claims due tickets so that sweepers of several service instances never handle the same ticket at once: PostgreSQL
/// and SQL Server lock the claimed rows and skip rows another transaction holds; SQLite has one writer, and its
/// transaction takes the write lock when it begins. Locks last one batch. The tickets' versions are checked on save as well.
/// </summary>
internal sealed class DueTicketTimers(ServiceDeskDbContext db, IUnitOfWork unitOfWork, DatabaseSettings database) : IDueTicketTimers
{
    public async Task<int> ProcessBatchAsync(DateTimeOffset now, int batchSize, Func<Ticket, CancellationToken, Task> apply, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await ClaimAsync(now, batchSize, cancellationToken);
        if (ids.Count == 0) return 0;
        // The timers only append to the stream and never read it, so the ticket rows alone are loaded.
        var tickets = await db.Tickets.Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        foreach (var ticket in tickets)
            await apply(ticket, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return ids.Count;
    }

    private Task<List<long>> ClaimAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken) => (database.Provider switch
    {
        DatabaseProvider.Postgres => db.Database.SqlQuery<long>(
            $"""SELECT "Id" AS "Value" FROM "Tickets" WHERE "NextTimerAt" <= {now} ORDER BY "NextTimerAt" LIMIT {batchSize} FOR UPDATE SKIP LOCKED"""),
        DatabaseProvider.SqlServer => db.Database.SqlQuery<long>(
            $"""SELECT TOP ({batchSize}) "Id" AS "Value" FROM "Tickets" WITH (UPDLOCK, ROWLOCK, READPAST) WHERE "NextTimerAt" <= {now} ORDER BY "NextTimerAt" """),
        // SQLite stores instants as UTC ticks (UtcTicksConverter).
        _ => db.Database.SqlQuery<long>(
            $"""SELECT "Id" AS "Value" FROM "Tickets" WHERE "NextTimerAt" <= {now.UtcTicks} ORDER BY "NextTimerAt" LIMIT {batchSize}"""),
    }).ToListAsync(cancellationToken);
}
