using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;
using Status = Google.Rpc.Status;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>The one mapping from refusals to `google.rpc.Status` with details.</summary>
public static class ErrorMapping
{
    public const string Domain = "servicedesk";

    /// <summary>The value of a successful result, or the refusal as an RpcException.</summary>
    public static T OrThrow<T>(this Result<T> result) => result.IsSuccess ? result.Value : throw result.Error!.ToRpcException();

    public static void OrThrow(this Result result)
    {
        if (result.IsFailure) throw result.Error!.ToRpcException();
    }

    public static RpcException ToRpcException(this DomainError error)
    {
        var status = new Status { Code = (int)CodeOf(error.Kind), Message = error.Message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = error.Code, Domain = Domain }));
        if (error.Kind is ErrorKind.Invalid)
            status.Details.Add(Any.Pack(BadRequest(new FieldViolation(error.Field ?? "", error.Message))));
        if (error.Kind is ErrorKind.Rule)
            status.Details.Add(Any.Pack(new PreconditionFailure
            {
                Violations = { new PreconditionFailure.Types.Violation { Type = "WORKFLOW", Subject = error.Code, Description = error.Message } },
            }));
        return status.ToRpcException();
    }

    public static RpcException ToRpcException(this InputValidationException exception)
    {
        var status = new Status { Code = (int)StatusCode.InvalidArgument, Message = exception.Message };
        status.Details.Add(Any.Pack(BadRequest([.. exception.Violations])));
        return status.ToRpcException();
    }

    public static RpcException Simple(StatusCode code, string reason, string message)
    {
        var status = new Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = reason, Domain = Domain }));
        return status.ToRpcException();
    }

    private static BadRequest BadRequest(params FieldViolation[] violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        return badRequest;
    }

    private static StatusCode CodeOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCode.InvalidArgument,
        ErrorKind.NotFound => StatusCode.NotFound,
        ErrorKind.Forbidden => StatusCode.PermissionDenied,
        ErrorKind.Conflict => StatusCode.Aborted,
        ErrorKind.Unauthenticated => StatusCode.Unauthenticated,
        _ => StatusCode.FailedPrecondition,
    };
}
