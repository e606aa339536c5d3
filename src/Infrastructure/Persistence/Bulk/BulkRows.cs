using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ServiceDesk.Infrastructure.Persistence.Bulk;

/// <summary>
/// Inserts and updates many rows of one entity type outside change tracking, in the transaction the context has open.
/// For the timer sweep, where EF's per-entity bookkeeping cost several times what the database did
/// (docs/adr/0011-sla-timer-sweep.md). The rows are those SaveChanges would write: same columns, converters and types.
/// PostgreSQL gets one statement per call: inserts by binary COPY, updates with the values passed as arrays and unnested;
/// SQLite and SQL Server run one prepared statement per row, which costs SQLite (in process) next to nothing.
/// </summary>
internal sealed class BulkRows(ServiceDeskDbContext db)
{
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0) return;
        var table = BulkTable.Of<T>(db);
        var columns = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await using var copy = await postgres.BeginBinaryImportAsync($"COPY {Quote(table.Name)} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in StoreValues(table, rows))
            {
                await copy.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                    await copy.WriteAsync(row[i] ?? DBNull.Value, table.Columns[i].StoreType, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
            return;
        }
        var placeholders = string.Join(", ", table.Columns.Select((_, i) => Placeholder(i)));
        await ForEachRowAsync($"INSERT INTO {Quote(table.Name)} ({columns}) VALUES ({placeholders})", table.Columns, StoreValues(table, rows), cancellationToken);
    }

    /// <summary>The rows' stored values, taken when they are loaded, for <see cref="UpdateAsync{T}"/>.</summary>
    public IReadOnlyList<object?[]> Snapshot<T>(IReadOnlyList<T> rows) where T : class => StoreValues(BulkTable.Of<T>(db), rows);

    /// <summary>
    /// Writes the columns that changed since <paramref name="loaded"/> (in any of the rows) for each row whose
    /// concurrency token still has its loaded value; returns how many rows were written, so a caller sees a row that
    /// changed meanwhile. Columns left alone keep their triggers quiet (SQLite's keyword index watches the texts).
    /// </summary>
    public async Task<int> UpdateAsync<T>(IReadOnlyList<T> rows, IReadOnlyList<object?[]> loaded, CancellationToken cancellationToken) where T : class
    {
        var table = BulkTable.Of<T>(db);
        var token = table.ConcurrencyToken ?? throw new InvalidOperationException($"{typeof(T).Name} has no concurrency token.");
        var tokenIndex = table.Columns.IndexOf(token);
        var current = StoreValues(table, rows);
        var changed = Enumerable.Range(0, table.Columns.Count)
            .Where(c => table.Columns[c].Property.GetAfterSaveBehavior() is PropertySaveBehavior.Save)
            .Where(c => current.Zip(loaded).Any(row => !Equals(row.First[c], row.Second[c])))
            .ToList();
        if (changed.Count == 0) return rows.Count;
        var set = changed.Select(c => table.Columns[c]).ToList();
        if (db.Database.IsNpgsql())
        {
            await using var command = Command();
            var key = AddArray(command, table.Key, current.Select(row => row[0]));
            var loadedToken = AddArray(command, token, loaded.Select(row => row[tokenIndex]));
            var values = changed.Select(c => AddArray(command, table.Columns[c], current.Select(row => row[c]))).ToList();
            // "= ANY(keys)" lets the planner find the rows by primary key; joined to the unnested values alone, it
            // hashes the whole table once per batch.
            command.CommandText = $"""
                UPDATE {Quote(table.Name)} AS t SET {string.Join(", ", set.Select(c => $"{Quote(c.Name)} = v.{Quote(c.Name)}"))}
                FROM unnest({key}, {loadedToken}, {string.Join(", ", values)}) AS v({Quote(table.Key.Name)}, loaded_token, {string.Join(", ", set.Select(c => Quote(c.Name)))})
                WHERE t.{Quote(table.Key.Name)} = ANY({key}) AND t.{Quote(table.Key.Name)} = v.{Quote(table.Key.Name)} AND t.{Quote(token.Name)} = v.loaded_token
                """;
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        // Parameters: the new values of the changed columns, then the key, then the loaded token.
        var assignments = string.Join(", ", set.Select((c, i) => $"{Quote(c.Name)} = {Placeholder(i)}"));
        var sql = $"UPDATE {Quote(table.Name)} SET {assignments} WHERE {Quote(table.Key.Name)} = {Placeholder(set.Count)} AND {Quote(token.Name)} = {Placeholder(set.Count + 1)}";
        return await ForEachRowAsync(sql, [.. set, table.Key, token],
            current.Zip(loaded, (now, then) => changed.Select(c => now[c]).Append(now[0]).Append(then[tokenIndex]).ToArray()),
            cancellationToken);
    }

    private static List<object?[]> StoreValues<T>(BulkTable table, IReadOnlyList<T> rows) where T : class =>
        rows.Select(row => table.Columns.Select(c => c.StoreValue(row)).ToArray()).ToList();

    private async Task<int> ForEachRowAsync(string sql, IReadOnlyList<BulkColumn> parameters, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var command = Command();
        command.CommandText = sql;
        var created = parameters.Select((c, i) => c.Mapping.CreateParameter(command, _sql.GenerateParameterName($"p{i}"), null)).ToArray();
        command.Parameters.AddRange(created);
        var written = 0;
        foreach (var values in rows)
        {
            for (var i = 0; i < created.Length; i++)
                created[i].Value = values[i] ?? DBNull.Value;
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return written;
    }

    private string AddArray(DbCommand command, BulkColumn column, IEnumerable<object?> values)
    {
        var items = values.ToList();
        var array = Array.CreateInstance(column.ProviderType, items.Count);
        for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
        var parameter = command.CreateParameter();
        parameter.ParameterName = _sql.GenerateParameterName($"p{command.Parameters.Count}");
        parameter.Value = array;
        command.Parameters.Add(parameter);
        return $"{parameter.ParameterName}::{column.StoreType}[]";
    }

    private DbCommand Command()
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside the caller's transaction.");
        return command;
    }

    private string Placeholder(int index) => _sql.GenerateParameterNamePlaceholder($"p{index}");

    private string Quote(string identifier) => _sql.DelimitIdentifier(identifier);
}
