using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace ServiceDesk.Infrastructure.Identity;

/// <summary>The key, issuer and audience of the service's own access tokens; the host validates tokens with the same.</summary>
public sealed record TokenSigning(SecurityKey Key, string Issuer, string Audience)
{
    private const string ServiceName = "servicedesk";
    private const int MinimumKeyBytes = 32;

    /// <summary><c>Auth:SigningKey</c> (base64), or else a key generated once and kept in the data folder, never in the repository.</summary>
    internal static TokenSigning Load(IConfiguration configuration, DataFolder dataFolder)
    {
        var configured = configuration["Auth:SigningKey"];
        var key = string.IsNullOrWhiteSpace(configured) ? KeptKey(Path.Combine(dataFolder.Path, "signing.key")) : Convert.FromBase64String(configured);
        if (key.Length < MinimumKeyBytes)
            throw new InvalidOperationException($"Auth:SigningKey must be at least {MinimumKeyBytes} bytes, base64-encoded.");
        return new TokenSigning(new SymmetricSecurityKey(key), ServiceName, ServiceName);
    }

    private static byte[] KeptKey(string path)
    {
        if (File.Exists(path))
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        var key = RandomNumberGenerator.GetBytes(64);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var file = new FileStream(path, options);
        using var writer = new StreamWriter(file);
        writer.Write(Convert.ToBase64String(key));
        return key;
    }
}
