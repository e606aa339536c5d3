using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>Assertions on refused calls and the <c>google.rpc.Status</c> details they carry.</summary>
public static class Refusals
{
    /// <summary>The call fails with exactly this status code; returns the failure for further checks.</summary>
    public static async Task<RpcException> RefusedAsync<T>(this AsyncUnaryCall<T> call, StatusCode code)
        => await call.ResponseAsync.RefusedAsync(code);

    /// <summary>The same for a helper that makes a call, such as <see cref="ServiceDeskApp.SignInAsync"/>.</summary>
    public static async Task<RpcException> RefusedAsync(this Task call, StatusCode code)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.True(refused.StatusCode == code, $"Expected {code}, got {refused.StatusCode}: {refused.Status.Detail}");
        return refused;
    }

    /// <summary>The <c>BadRequest</c> field violation naming the field (exactly one).</summary>
    public static BadRequest.Types.FieldViolation FieldViolation(this RpcException refused, string field)
    {
        var violations = refused.Detail<BadRequest>().FieldViolations;
        Assert.True(violations.Count(v => v.Field == field) == 1,
            $"Expected one violation of '{field}', got: {string.Join(", ", violations.Select(v => v.Field))}");
        return violations.Single(v => v.Field == field);
    }

    /// <summary>The detail of the given type in the rich status; fails when there is none.</summary>
    public static T Detail<T>(this RpcException refused) where T : class, Google.Protobuf.IMessage<T>, new()
    {
        var status = refused.GetRpcStatus();
        Assert.NotNull(status);
        var detail = status.GetDetail<T>();
        Assert.NotNull(detail);
        return detail;
    }
}
