using ServiceDesk.Application.Abstractions;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Tests;

public sealed class TicketNumbersTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Numbers_start_at_1000_and_stay_unique_under_50_concurrent_allocations(DatabaseProvider provider)
    {
        var database = await databases.For(provider);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await using var scope = database.NewScope();
            return await scope.Get<ITicketNumbers>().NextAsync(TestContext.Current.CancellationToken);
        })));

        Assert.Equal(Enumerable.Range(1000, 50).Select(n => (long)n), numbers.Order());
    }
}
