using Microsoft.EntityFrameworkCore.Design;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the Sqlite model; the connection is never opened to add a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ServiceDeskDbContext>
{
    public ServiceDeskDbContext CreateDbContext(string[] args) =>
        new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=servicedesk.db").CreateContext();
}
