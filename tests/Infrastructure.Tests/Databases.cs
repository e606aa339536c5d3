using ServiceDesk.Infrastructure.Persistence;
using ServiceDesk.TestSupport;
using Xunit.Sdk;
using Xunit.v3;

[assembly: AssemblyFixture(typeof(ServiceDesk.Infrastructure.Tests.Databases.UntestedServers))]

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>
/// The providers the database tests run on: SQLite always; PostgreSQL and SQL Server when the environment names a
/// server (see <see cref="TestDatabase"/>). A provider without one gets no test cases, so it is never counted as passing.
/// </summary>
public static class Databases
{
    private static readonly (DatabaseProvider Provider, string Variable)[] Servers =
        [(DatabaseProvider.Postgres, TestDatabase.PostgresVariable), (DatabaseProvider.SqlServer, TestDatabase.SqlServerVariable)];

    public static TheoryData<DatabaseProvider> Available
    {
        get
        {
            var providers = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
            foreach (var (provider, _) in Servers.Where(s => IsConfigured(s.Provider)))
                providers.Add(provider);
            return providers;
        }
    }

    private static bool IsConfigured(DatabaseProvider server) => !string.IsNullOrWhiteSpace(TestDatabase.ServerFor(server));

    /// <summary>Says once in the test output which servers were not tested (diagnostic messages are on in xunit.runner.json).</summary>
    public sealed class UntestedServers
    {
        public UntestedServers(IMessageSink diagnostics)
        {
            foreach (var (provider, variable) in Servers.Where(s => !IsConfigured(s.Provider)))
                diagnostics.OnMessage(new DiagnosticMessage($"{provider} tests not run: {variable} is not set."));
        }
    }
}
