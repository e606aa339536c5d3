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
/// </summary>
public sealed class CallerInterceptor(CallerAuthenticator callers) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await ResolveAsync(context);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await ResolveAsync(context);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await ResolveAsync(context);
        await continuation(request, responseStream, context);
    }

    private async Task ResolveAsync(ServerCallContext context)
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
