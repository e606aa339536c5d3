using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ServiceDesk.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Every SQLite connection waits for a busy writer instead of failing at once, and the file runs in WAL mode
/// so readers never block the writer. Each connection may cache up to 64 MB of pages (the default is 2 MB): writes
/// touch the pages of a dozen ticket indexes, and the timer sweep ran 15 % faster with them cached (benchmarks/README.md).
/// SQLite copies the write-ahead log back into the file only once it holds 10 000 pages (40 MB) instead of 1 000: that
/// copy runs inside a commit, holding the write lock, so it should be rare; the timer sweep copies it itself between its
/// batches (DueTicketTimers).
/// One shared instance: a new one per context would build a new EF service provider.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static SqlitePragmas Instance { get; } = new();

    // busy_timeout first: switching to WAL itself may have to wait for another connection.
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
