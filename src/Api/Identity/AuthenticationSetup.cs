using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Infrastructure.Identity;

namespace ServiceDesk.Api.Identity;

/// <summary>
/// Two ways in: the service's own bearer tokens (contacts and agents) and API keys (partner systems). Either way
/// <see cref="CallerInterceptor"/> then reads the caller's account or partner record for every call.
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
            });
        services.AddAuthorization(o => o.FallbackPolicy = o.DefaultPolicy);
        return services;
    }

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private static bool IsCurrent(DateTime? notBefore, DateTime? expires, DateTime now) =>
        (notBefore is null || notBefore <= now + ClockSkew) && expires is { } end && end > now - ClockSkew;
}
