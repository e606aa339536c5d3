using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDesk.Infrastructure.Persistence;

/// <summary>Brings the database to the latest migration of its provider, from the host's start or a migrate command.</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, DatabaseSettings settings)
{
    /// <summary>For the host's start, before it serves: migrates unless <c>Database:MigrateAtStartup</c> is false.</summary>
    public Task MigrateAtStartupAsync(CancellationToken cancellationToken) =>
        settings.MigrateAtStartup ? MigrateAsync(cancellationToken) : Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
