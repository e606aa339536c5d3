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

/// <summary>
/// A scope's place in the <see cref="SqliteWriterQueue"/>. Taken by the first write of a scope and kept until its unit of
/// work has saved, so that a create, which takes its ticket number before it saves, queues once; the scope's end gives
/// it back in any case.
/// </summary>
internal sealed class SqliteWriteTurn(SqliteWriterQueue queue) : IDisposable
{
    private bool _held;

    /// <summary>Waits for the turn unless the scope holds it; true when this call took it.</summary>
    public async ValueTask<bool> TakeAsync(CancellationToken cancellationToken)
    {
        if (_held || !queue.Queues) return false;
        await queue.EnterAsync(cancellationToken);
        _held = true;
        return true;
    }

    public void Release()
    {
        if (!_held) return;
        _held = false;
        queue.Leave();
    }

    public void Dispose() => Release();
}
