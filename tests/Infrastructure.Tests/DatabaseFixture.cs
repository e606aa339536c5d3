using System.Collections.Concurrent;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>A test class's own databases, one per provider, made on first use and dropped after the class.</summary>
public sealed class DatabaseFixture : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<DatabaseUnderTest>>> _databases = new();

    public Task<DatabaseUnderTest> For(DatabaseProvider provider) =>
        _databases.GetOrAdd(provider, p => new Lazy<Task<DatabaseUnderTest>>(() => DatabaseUnderTest.CreateAsync(p))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values)
            await (await database.Value).DisposeAsync();
    }
}
