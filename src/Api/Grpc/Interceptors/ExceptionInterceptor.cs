using System.Data.Common;
using Grpc.Core;
using Grpc.Core.Interceptors;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;

namespace ServiceDesk.Api.Grpc.Interceptors;

/// <summary>
/// Turns exceptions into statuses: bad input is INVALID_ARGUMENT, a lost race ABORTED, an unreachable database
/// UNAVAILABLE; anything else is a bug, logged in full and answered INTERNAL without its text.
/// </summary>
public sealed class ExceptionInterceptor(ILogger<ExceptionInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Translate(exception, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Translate(exception, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Translate(exception, context);
        }
    }

    private RpcException Translate(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case InputValidationException invalid:
                return invalid.ToRpcException();
            case ConcurrencyConflictException:
                return ErrorMapping.Simple(StatusCode.Aborted, "etag.mismatch", "The record was changed by someone else; read it again.");
            case DuplicateRequestException:
                return ErrorMapping.Simple(StatusCode.AlreadyExists, "duplicate", "The record exists already.");
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new global::Grpc.Core.Status(StatusCode.Cancelled, "The call was cancelled."));
            case var unavailable when IsDatabaseUnavailable(unavailable):
                logger.LogWarning(exception, "Database unavailable during {Method}", context.Method);
                return ErrorMapping.Simple(StatusCode.Unavailable, "database.unavailable", "The service's database cannot be reached; try again shortly.");
            default:
                logger.LogError(exception, "Unhandled error in {Method}", context.Method);
                return ErrorMapping.Simple(StatusCode.Internal, "internal", "An internal error occurred.");
        }
    }

    // Drivers wrap the socket error of a refused connection; transient errors say so themselves.
    private static bool IsDatabaseUnavailable(Exception exception) =>
        exception is TimeoutException or System.Net.Sockets.SocketException or DbException { IsTransient: true }
        || (exception.InnerException is { } inner && IsDatabaseUnavailable(inner));
}
