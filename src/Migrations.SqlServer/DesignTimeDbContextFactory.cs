using Microsoft.EntityFrameworkCore.Design;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the SqlServer model; the connection is never opened to add a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ServiceDeskDbContext>
{
    public ServiceDeskDbContext CreateDbContext(string[] args) =>
        new DatabaseSettings(DatabaseProvider.SqlServer, "Server=localhost;Database=servicedesk;Integrated Security=true;TrustServerCertificate=true").CreateContext();
}
