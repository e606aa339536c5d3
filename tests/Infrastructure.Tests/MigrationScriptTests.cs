using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>Operators deploy with the SQL script that <c>dotnet ef migrations script</c> writes; it must run as written.</summary>
public sealed class MigrationScriptTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task The_migration_script_builds_the_whole_schema_on_an_empty_database(DatabaseProvider provider)
    {
        await using var database = await DatabaseUnderTest.CreateAsync(provider, migrate: false);
        await using var scope = database.NewScope();
        var db = scope.Get<ServiceDeskDbContext>();
        var script = db.GetService<IMigrator>().GenerateScript();
        // SQL Server scripts separate their batches with GO, which is a client command, not SQL.
        foreach (var batch in script.Split("\nGO", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            await db.Database.ExecuteSqlRawAsync(batch, Cancellation);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Cancellation));
        Assert.Equal(0, await db.Tickets.CountAsync(Cancellation));
        Assert.Equal(0, await db.OutboxMessages.CountAsync(Cancellation));
    }
}
