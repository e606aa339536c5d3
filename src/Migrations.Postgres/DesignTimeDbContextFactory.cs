using Microsoft.EntityFrameworkCore.Design;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the Postgres model; the connection is never opened to add a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ServiceDeskDbContext>
{
    public ServiceDeskDbContext CreateDbContext(string[] args) =>
        new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=servicedesk").CreateContext();
}
