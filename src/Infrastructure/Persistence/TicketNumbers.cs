using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;

namespace ServiceDesk.Infrastructure.Persistence;

/// <summary>
/// Ticket numbers from the database, so concurrent creates (and replicas) never collide: a sequence on PostgreSQL
/// and SQL Server, an AUTOINCREMENT table on SQLite (created and seeded by its migration).
/// </summary>
internal sealed class TicketNumbers(ServiceDeskDbContext db, SqliteWriteTurn writeTurn) : ITicketNumbers
{
    public const string Name = "TicketNumbers";
    public const long First = 1000;

    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlite() ? $"""INSERT INTO "{Name}" DEFAULT VALUES RETURNING "Id" AS "Value" """
            : db.Database.IsNpgsql() ? $"""SELECT nextval('"{Name}"') AS "Value" """
            : $"SELECT NEXT VALUE FOR [{Name}] AS [Value]";
        // On SQLite taking a number is a write; the turn lasts until the ticket is saved.
        await writeTurn.TakeAsync(cancellationToken);
        var numbers = await db.Database.SqlQueryRaw<long>(sql).ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
