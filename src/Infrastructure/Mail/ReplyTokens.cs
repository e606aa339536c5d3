using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Infrastructure.Identity;

namespace ServiceDesk.Infrastructure.Mail;

/// <summary>Reply tokens derived from the service's signing key: nothing to store, the same on every instance, unguessable without the key.</summary>
internal sealed class ReplyTokens(TokenSigning signing) : IReplyTokens
{
    private readonly byte[] _key = SHA256.HashData([.. ((SymmetricSecurityKey)signing.Key).Key, .. "reply-token"u8]);

    public string For(long ticketId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(ticketId.ToString(System.Globalization.CultureInfo.InvariantCulture))), 0, 8);

    public bool Matches(long ticketId, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(For(ticketId)), Encoding.ASCII.GetBytes(token.ToLowerInvariant()));
}
