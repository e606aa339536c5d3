using Grpc.Core;

namespace ServiceDesk.Api.Identity;

/// <summary>A server stream's writer that runs a check before each message; a check that throws ends the stream.</summary>
internal sealed class CheckedStreamWriter<T>(IServerStreamWriter<T> inner, Func<Task> check) : IServerStreamWriter<T>
{
    public WriteOptions? WriteOptions
    {
        get => inner.WriteOptions;
        set => inner.WriteOptions = value;
    }

    public async Task WriteAsync(T message)
    {
        await check();
        await inner.WriteAsync(message);
    }

    public async Task WriteAsync(T message, CancellationToken cancellationToken)
    {
        await check();
        await inner.WriteAsync(message, cancellationToken);
    }
}
