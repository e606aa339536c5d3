using Grpc.Core;
using Grpc.Core.Interceptors;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Infrastructure.Identity;

namespace ServiceDesk.Api.Identity;

/// <summary>
/// Turns the authenticated principal into the request's actor by reading the account or partner system, so a
/// deactivation takes effect at once. It runs inside the exception interceptor: an unreachable database is
/// UNAVAILABLE here as anywhere else. Anonymous calls (sign-in) have no principal and pass through.
/// A server stream outlives the moment it was authorised: before each message it checks that the token has not
/// expired, and every <see cref="StreamRecheckInterval"/> it reads the caller again, so a stream ends UNAUTHENTICATED
/// (and the client signs in again and resumes) instead of serving a deactivated caller or an expired token.
/// </summary>
public sealed class CallerInterceptor(CallerAuthenticator callers, IServiceScopeFactory scopes, TimeProvider time) : Interceptor
{
    public static readonly TimeSpan StreamRecheckInterval = TimeSpan.FromSeconds(5);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await ResolveAsync(context, callers);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await ResolveAsync(context, callers);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await ResolveAsync(context, callers);
        var checkedAt = time.GetUtcNow();
        await continuation(request, new CheckedStreamWriter<TResponse>(responseStream, async () =>
        {
            var now = time.GetUtcNow();
            if (ExpiresAt(context) <= now)
                throw ErrorMapping.Simple(StatusCode.Unauthenticated, "auth.token_expired", "The access token expired: sign in again and resume.");
            if (now - checkedAt < StreamRecheckInterval) return;
            // The call's own scope serves the stream's queries; the caller is read afresh in a scope of its own.
            await using var scope = scopes.CreateAsyncScope();
            await ResolveAsync(context, scope.ServiceProvider.GetRequiredService<CallerAuthenticator>());
            checkedAt = now;
        }), context);
    }

    private static DateTimeOffset? ExpiresAt(ServerCallContext context) =>
        long.TryParse(context.GetHttpContext().User.FindFirst(TokenClaims.Expires)?.Value, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private static async Task ResolveAsync(ServerCallContext context, CallerAuthenticator callers)
    {
        var http = context.GetHttpContext();
        var principal = http.User;
        if (principal.Identity?.IsAuthenticated is not true) return;
        var actor = principal.FindFirst(ApiKeyAuthenticationHandler.KeyClaim)?.Value is { } apiKey
            ? await callers.FromApiKeyAsync(apiKey, context.CancellationToken)
            : Guid.TryParse(principal.FindFirst(TokenClaims.Subject)?.Value, out var accountId)
                ? await callers.FromAccountAsync(accountId, context.CancellationToken)
                : null;
        if (actor is null)
            throw ErrorMapping.Simple(StatusCode.Unauthenticated, "auth.unknown_caller", "The API key or account is unknown or deactivated.");
        HttpCurrentUser.Set(http, actor);
    }
}
