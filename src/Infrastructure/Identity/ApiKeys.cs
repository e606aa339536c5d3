using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ServiceDesk.Application.Abstractions;

namespace ServiceDesk.Infrastructure.Identity;

/// <summary>
/// Partner keys look like <c>sdk_abcd1234_…</c>: the prefix finds the stored key, the 32 random bytes after it are the secret.
/// Only the SHA-256 of the whole key is kept; a fast hash is enough for 256 random bits.
/// </summary>
internal sealed partial class ApiKeys : IApiKeys
{
    private const string PrefixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public IssuedApiKey Issue()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, 8);
        var key = $"sdk_{prefix}_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
        return new IssuedApiKey(key, prefix, HashOf(key));
    }

    public string? PrefixOf(string apiKey) => KeyFormat().Match(apiKey) is { Success: true } match ? match.Groups["prefix"].Value : null;

    public bool Verify(string hash, string apiKey) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(apiKey)), Encoding.ASCII.GetBytes(hash));

    private static string HashOf(string apiKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));

    [GeneratedRegex("^sdk_(?<prefix>[a-z0-9]{8})_[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyFormat();
}
