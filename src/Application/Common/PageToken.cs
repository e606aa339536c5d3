using System.Buffers.Text;
using System.Text;

namespace ServiceDesk.Application.Common;

/// <summary>
/// Opaque keyset tokens: the parts of the last row's sort key, base64url-encoded behind a version tag.
/// Anything that does not decode exactly is refused as INVALID_ARGUMENT.
/// </summary>
public static class PageToken
{
    private const string Version = "v1";

    public static string Encode(params string[] parts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', [Version, .. parts])));

    public static string[]? Decode(string? token, int partCount)
    {
        if (string.IsNullOrEmpty(token)) return null;
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n');
        }
        catch (FormatException)
        {
            throw Invalid();
        }
        if (parts.Length != partCount + 1 || parts[0] != Version) throw Invalid();
        return parts[1..];
    }

    public static InputValidationException Invalid() => new("page_token", "The page token is not one this service issued.");
}
