using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Infrastructure.Identity;

/// <summary>Signed (HS256) JWTs that live <c>Auth:TokenLifetime</c>, one hour by default.</summary>
internal sealed class JwtTokenIssuer(TokenSigning signing, TimeProvider time, IConfiguration configuration) : ITokenIssuer
{
    private readonly TimeSpan _lifetime = configuration.GetValue<TimeSpan?>("Auth:TokenLifetime") ?? TimeSpan.FromHours(1);
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken Issue(Account account)
    {
        var now = time.GetUtcNow();
        var expiresAt = now + _lifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = signing.Issuer,
            Audience = signing.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Claims = ClaimsOf(account),
            SigningCredentials = new SigningCredentials(signing.Key, SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, expiresAt);
    }

    private static Dictionary<string, object> ClaimsOf(Account account)
    {
        var claims = new Dictionary<string, object>
        {
            [TokenClaims.Subject] = account.Id.ToString(),
            [TokenClaims.Name] = account.Name,
            [TokenClaims.Email] = account.Email,
            [TokenClaims.Kind] = account.Kind is AccountKind.Contact ? TokenClaims.Contact : TokenClaims.Agent,
        };
        if (account.OrganizationId is { } organizationId) claims[TokenClaims.Organization] = organizationId.ToString();
        if (account.Team is { } team) claims[TokenClaims.Team] = team.ToString();
        if (account.Department is { } department) claims[TokenClaims.Department] = department.ToString();
        var roles = Enum.GetValues<AgentRoles>().Where(r => r is not AgentRoles.None && account.Roles.HasFlag(r)).Select(r => r.ToString()).ToArray();
        if (roles.Length > 0) claims[TokenClaims.Roles] = roles;
        return claims;
    }
}
