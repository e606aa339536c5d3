using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>On SQLite writers take turns in order of arrival, so a create waiting for a sweep batch goes before the next batch.</summary>
public sealed class SqliteWriterQueueTests
{
    private static readonly CancellationToken Cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_write_waiting_for_a_batch_goes_before_the_next_batch()
    {
        var queue = Queue(DatabaseProvider.Sqlite);
        using var sweep = new SqliteWriteTurn(queue);
        using var create = new SqliteWriteTurn(queue);
        Assert.True(await sweep.TakeAsync(Cancellation));

        var createWaits = create.TakeAsync(Cancellation).AsTask();
        Assert.False(createWaits.IsCompleted);
        sweep.Release();
        var nextBatchWaits = sweep.TakeAsync(Cancellation).AsTask();

        Assert.True(await createWaits);
        Assert.False(nextBatchWaits.IsCompleted);
        create.Release();
        Assert.True(await nextBatchWaits);
    }

    [Fact]
    public async Task A_scope_keeps_its_turn_from_its_first_write_until_it_releases_it()
    {
        var queue = Queue(DatabaseProvider.Sqlite);
        using var create = new SqliteWriteTurn(queue);
        using var other = new SqliteWriteTurn(queue);
        Assert.True(await create.TakeAsync(Cancellation));
        Assert.False(await create.TakeAsync(Cancellation));

        var otherWaits = other.TakeAsync(Cancellation).AsTask();
        Assert.False(otherWaits.IsCompleted);
        create.Dispose();
        Assert.True(await otherWaits);
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public async Task Databases_that_lock_rows_let_every_writer_through(DatabaseProvider provider)
    {
        var queue = Queue(provider);
        using var first = new SqliteWriteTurn(queue);
        using var second = new SqliteWriteTurn(queue);
        await first.TakeAsync(Cancellation);

        var secondTakes = second.TakeAsync(Cancellation).AsTask();

        Assert.True(secondTakes.IsCompleted);
    }

    private static SqliteWriterQueue Queue(DatabaseProvider provider) => new(new DatabaseSettings(provider, "unused"));
}
