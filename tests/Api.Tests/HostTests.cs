using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using ServiceDesk.Infrastructure.Persistence;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>What operators and tools use without signing in: health and server reflection.</summary>
public sealed class HostTests(SqliteWorld fixture) : IClassFixture<SqliteWorld>
{
    private ServiceDeskApp App => fixture.World.App;

    [Fact]
    public async Task Health_check_answers_serving_without_signing_in()
    {
        var reply = await new Health.HealthClient(App.Anonymous).CheckAsync(new HealthCheckRequest(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_public_services_without_signing_in()
    {
        using var call = new ServerReflection.ServerReflectionClient(App.Anonymous).ServerReflectionInfo(cancellationToken: TestContext.Current.CancellationToken);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" }, TestContext.Current.CancellationToken);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("servicedesk.tickets.v1.TicketService", services);
        Assert.Contains("servicedesk.accounts.v1.AccountService", services);
    }
}
