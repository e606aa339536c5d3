using System.Globalization;
using System.Text;

namespace ServiceDesk.Application.Common;

/// <summary>An exported table, ready to download.</summary>
public sealed record CsvFile(string FileName, string Content)
{
    public const string ContentType = "text/csv; charset=utf-8";
}

/// <summary>RFC 4180 CSV: CRLF line ends; fields with commas, quotes or line breaks quoted, quotes doubled; numbers in the invariant culture.</summary>
public static class Csv
{
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
            csv.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>Free text typed by people: a leading =, +, - or @ would run as a formula in a spreadsheet, so it gets a quote mark.</summary>
    public static string Text(string value) => value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;

    /// <summary>Minutes as hours with two decimals.</summary>
    public static string Hours(long minutes) => (minutes / 60m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Minor units (cents) as a decimal amount.</summary>
    public static string Amount(long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
