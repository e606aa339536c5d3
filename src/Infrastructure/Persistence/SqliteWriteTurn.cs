namespace ServiceDesk.Infrastructure.Persistence;

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
