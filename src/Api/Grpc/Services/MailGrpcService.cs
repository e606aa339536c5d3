using Grpc.Core;
using Mediator;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.InboundMail.Quarantine;
using ServiceDesk.Application.Notifications.FailedMail;
using ServiceDesk.Contracts.Mail.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;

namespace ServiceDesk.Api.Grpc.Services;

public sealed class MailGrpcService(IMediator mediator) : MailService.MailServiceBase
{
    public override async Task<ListFailedMailResponse> ListFailedMail(ListFailedMailRequest request, ServerCallContext context)
    {
        var page = (await mediator.Send(new ListFailedMailQuery(request.PageSize, request.PageToken), context.CancellationToken)).OrThrow();
        var response = new ListFailedMailResponse { NextPageToken = page.NextPageToken };
        response.Mail.AddRange(page.Items.Select(m => m.ToProto()));
        return response;
    }

    public override async Task<RetryMailResponse> RetryMail(RetryMailRequest request, ServerCallContext context)
    {
        (await mediator.Send(new RetryMailCommand(ParseMail(request.Name)), context.CancellationToken)).OrThrow();
        return new RetryMailResponse();
    }

    public override async Task<ListQuarantinedMailResponse> ListQuarantinedMail(ListQuarantinedMailRequest request, ServerCallContext context)
    {
        var page = (await mediator.Send(new ListQuarantinedMailQuery(request.PageSize, request.PageToken), context.CancellationToken)).OrThrow();
        var response = new ListQuarantinedMailResponse { NextPageToken = page.NextPageToken };
        response.Mail.AddRange(page.Items.Select(m => m.ToProto()));
        return response;
    }
}
