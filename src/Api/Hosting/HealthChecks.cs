using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Api.Hosting;

public static class HealthChecks
{
    public static IHealthChecksBuilder AddServiceDeskHealthChecks(this IHealthChecksBuilder builder) =>
        builder.AddCheck<DatabaseHealthCheck>("database");

    /// <summary>Serving while the database answers.</summary>
    private sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var scope = scopes.CreateAsyncScope();
            var database = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().Database;
            return await database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
