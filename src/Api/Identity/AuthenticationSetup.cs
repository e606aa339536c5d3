using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Infrastructure.Identity;

namespace ServiceDesk.Api.Identity;

/// <summary>
/// Two ways in: the service's own bearer tokens (contacts and agents) and API keys (partner systems). Either way the
/// caller's account or partner record is read per request, so a deactivation takes effect at once.
/// </summary>
public static class AuthenticationSetup
{
    private const string SelectorScheme = "ServiceDesk";

    public static IServiceCollection AddServiceDeskAuthentication(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "Bearer token or API key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenSigning, TimeProvider>((o, signing, clock) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = signing.Issuer,
                    ValidAudience = signing.Audience,
                    IssuerSigningKey = signing.Key,
                    NameClaimType = TokenClaims.Name,
                    // Lifetimes are judged by the service's clock, the same one that issued the token.
                    LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires, clock.GetUtcNow().UtcDateTime),
                };
                o.Events = new JwtBearerEvents { OnTokenValidated = ResolveAccountAsync };
            });
        services.AddAuthorization(o => o.FallbackPolicy = o.DefaultPolicy);
        return services;
    }

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private static bool IsCurrent(DateTime? notBefore, DateTime? expires, DateTime now) =>
        (notBefore is null || notBefore <= now + ClockSkew) && expires is { } end && end > now - ClockSkew;

    private static async Task ResolveAccountAsync(TokenValidatedContext context)
    {
        var callers = context.HttpContext.RequestServices.GetRequiredService<CallerAuthenticator>();
        var actor = Guid.TryParse(context.Principal?.FindFirst(TokenClaims.Subject)?.Value, out var accountId)
            ? await callers.FromAccountAsync(accountId, context.HttpContext.RequestAborted)
            : null;
        if (actor is null) context.Fail("The account is unknown or deactivated.");
        else HttpCurrentUser.Set(context.HttpContext, actor);
    }
}
