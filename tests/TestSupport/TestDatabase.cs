using Microsoft.Data.SqlClient;
using Npgsql;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.TestSupport;

/// <summary>
/// A throwaway database on a real engine: a SQLite file in a temporary folder, or a fresh database on the
/// PostgreSQL (SERVICEDESK_TEST_POSTGRES) or SQL Server (SERVICEDESK_TEST_SQLSERVER) named by the environment.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SERVICEDESK_TEST_POSTGRES";
    public const string SqlServerVariable = "SERVICEDESK_TEST_SQLSERVER";

    private readonly string? _serverConnectionString;
    private readonly string _databaseName;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    /// <summary>A temporary folder for this database's files (and the service's data folder in tests).</summary>
    public string Folder { get; }

    private TestDatabase(DatabaseProvider provider, string connectionString, string folder, string? serverConnectionString, string databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
    }

    /// <summary>The server's connection string for a provider, or null when the environment names none.</summary>
    public static string? ServerFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => Environment.GetEnvironmentVariable(PostgresVariable),
        DatabaseProvider.SqlServer => Environment.GetEnvironmentVariable(SqlServerVariable),
        _ => "",
    };

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("servicedesk-test-").FullName;
        var name = "sd_test_" + Guid.NewGuid().ToString("N")[..12];
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "servicedesk.db")}", folder, null, name);
            case DatabaseProvider.Postgres:
            {
                var server = ServerFor(provider) ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with ./scripts/test.sh.");
                await using (var connection = new NpgsqlConnection(server))
                {
                    await connection.OpenAsync();
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                    await create.ExecuteNonQueryAsync();
                }
                var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
                return new TestDatabase(provider, database, folder, server, name);
            }
            case DatabaseProvider.SqlServer:
            {
                var server = ServerFor(provider) ?? throw new InvalidOperationException($"{SqlServerVariable} is not set.");
                await using (var connection = new SqlConnection(server))
                {
                    await connection.OpenAsync();
                    await using var create = new SqlCommand($"CREATE DATABASE {name}", connection);
                    await create.ExecuteNonQueryAsync();
                }
                var database = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
                return new TestDatabase(provider, database, folder, server, name);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(provider));
        }
    }

    public async ValueTask DisposeAsync()
    {
        switch (Provider)
        {
            case DatabaseProvider.Postgres:
                NpgsqlConnection.ClearAllPools();
                await using (var connection = new NpgsqlConnection(_serverConnectionString))
                {
                    await connection.OpenAsync();
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
                    await drop.ExecuteNonQueryAsync();
                }
                break;
            case DatabaseProvider.SqlServer:
                SqlConnection.ClearAllPools();
                await using (var connection = new SqlConnection(_serverConnectionString))
                {
                    await connection.OpenAsync();
                    await using var drop = new SqlCommand($"ALTER DATABASE {_databaseName} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE {_databaseName}", connection);
                    await drop.ExecuteNonQueryAsync();
                }
                break;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
