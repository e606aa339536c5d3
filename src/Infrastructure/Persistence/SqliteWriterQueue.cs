namespace ServiceDesk.Infrastructure.Persistence;

/// <summary>
/// SQLite has one writer at a time, and a connection that finds the file locked sleeps and polls again at growing
/// intervals (SqlitePragmas' busy timeout), so a create waiting behind the timer sweep could miss every gap between two
/// of its batches. Within the service, the desk's writes and the sweep's batches therefore queue here, in order of
/// arrival: when a batch commits, the write waiting longest goes next. SQLite's own lock still guards the file; the queue
/// only makes the wait fair. The other databases lock rows, not the file: there nobody queues.
/// </summary>
internal sealed class SqliteWriterQueue(DatabaseSettings database)
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public bool Queues => database.Provider is DatabaseProvider.Sqlite;

    public Task EnterAsync(CancellationToken cancellationToken) => _writer.WaitAsync(cancellationToken);

    public void Leave() => _writer.Release();
}
