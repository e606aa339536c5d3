using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ServiceDesk.Infrastructure;

/// <summary>Where the service keeps its files: the SQLite database, attachments and the generated signing key.</summary>
public sealed record DataFolder(string Path)
{
    /// <summary><c>DataFolder</c> from configuration, relative to the content root, <c>data</c> by default; created when missing.</summary>
    internal static DataFolder From(IConfiguration configuration)
    {
        var contentRoot = configuration[HostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory();
        var path = System.IO.Path.GetFullPath(configuration["DataFolder"] ?? "data", contentRoot);
        Directory.CreateDirectory(path);
        return new DataFolder(path);
    }
}
