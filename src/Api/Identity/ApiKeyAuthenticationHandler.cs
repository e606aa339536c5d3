using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Infrastructure.Identity;

namespace ServiceDesk.Api.Identity;

/// <summary>Partner systems authenticate with the `x-api-key` metadata entry.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, CallerAuthenticator callers)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "x-api-key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values)) return AuthenticateResult.NoResult();
        var actor = await callers.FromApiKeyAsync(values.ToString(), Context.RequestAborted);
        if (actor is null) return AuthenticateResult.Fail("Unknown or inactive API key.");
        HttpCurrentUser.Set(Context, actor);
        var identity = new ClaimsIdentity([new Claim(TokenClaims.Subject, actor.Id.ToString()), new Claim(TokenClaims.Kind, "partner")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
