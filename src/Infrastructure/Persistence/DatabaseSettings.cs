using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ServiceDesk.Infrastructure.Persistence.Interceptors;

namespace ServiceDesk.Infrastructure.Persistence;

/// <summary>Which database the service uses and how: the <c>Database</c> configuration section.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateAtStartup = true)
{
    internal static DatabaseSettings From(IConfiguration configuration, DataFolder dataFolder)
    {
        var section = configuration.GetSection("Database");
        var provider = section.GetValue("Provider", DatabaseProvider.Sqlite);
        var connectionString = section["ConnectionString"] is { Length: > 0 } configured ? configured
            : provider is DatabaseProvider.Sqlite ? $"Data Source={Path.Combine(dataFolder.Path, "servicedesk.db")}"
            : throw new InvalidOperationException($"Database:ConnectionString is required for {provider}.");
        return new DatabaseSettings(provider, connectionString, section.GetValue("MigrateAtStartup", true));
    }

    /// <summary>The provider, its connection and the assembly holding its migrations.</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly("ServiceDesk.Migrations.Sqlite"))
                    .AddInterceptors(SqlitePragmas.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly("ServiceDesk.Migrations.Postgres"));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(ConnectionString, o => o.MigrationsAssembly("ServiceDesk.Migrations.SqlServer"));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {Provider}.");
        }
    }

    /// <summary>A context outside dependency injection, for the design-time tools.</summary>
    public ServiceDeskDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<ServiceDeskDbContext>();
        Configure(options);
        return new ServiceDeskDbContext(options.Options);
    }
}
