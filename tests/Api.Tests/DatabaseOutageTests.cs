using System.Net;
using Grpc.Core;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using ServiceDesk.Contracts.Tickets.V1;
using ServiceDesk.Infrastructure.Persistence;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>
/// While the database cannot be reached the service answers UNAVAILABLE, never INTERNAL, and stores nothing
/// half; once it is back the same call succeeds. The service reaches the real PostgreSQL through a relay
/// that the test takes down.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private TcpOutage _outage = null!;
    private World _world = null!;

    public async ValueTask InitializeAsync() =>
        _world = await World.CreateAsync(DatabaseProvider.Postgres, database =>
        {
            var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            _outage = TcpOutage.Start(new IPEndPoint(IPAddress.Parse(direct.Host!), direct.Port));
            var relayed = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = _outage.Port, Timeout = 3 };
            return builder => builder.UseSetting("Database:ConnectionString", relayed.ConnectionString);
        });

    public async ValueTask DisposeAsync()
    {
        await _world.DisposeAsync();
        await _outage.DisposeAsync();
    }

    [Fact]
    public async Task Unreachable_database_gives_unavailable_and_the_retry_succeeds_once_it_is_back()
    {
        var word = Guid.NewGuid().ToString("N");
        await _outage.TakeDownAsync();
        NpgsqlConnection.ClearAllPools();
        try
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => _world.IncidentAsync(_world.AlphaContact, "Outage " + word));
            Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        }
        finally
        {
            _outage.BringBack();
        }

        var created = await _world.IncidentAsync(_world.AlphaContact, "Outage " + word);
        var listed = await _world.DachAgent.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = word },
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([created.Name], listed.Tickets.Select(t => t.Name));
    }
}
