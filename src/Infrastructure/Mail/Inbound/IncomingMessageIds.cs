using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace ServiceDesk.Infrastructure.Mail.Inbound;

/// <summary>The key a received message is de-duplicated by: its Message-ID, or a hash of its headers when it has none (or an absurd one).</summary>
public static class IncomingMessageIds
{
    public const int MaxLength = 300;

    public static string Of(HeaderList headers)
    {
        var id = headers[HeaderId.MessageId] is { } value ? MimeUtils.EnumerateReferences(value).FirstOrDefault() : null;
        if (!string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength) return id;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", headers.Select(h => h.ToString()))));
        return Convert.ToHexStringLower(hash) + "@no-message-id";
    }
}
