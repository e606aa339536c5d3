using Grpc.Core;
using Mediator;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.Escalations;
using ServiceDesk.Application.Escalations.ChangeEscalation;
using ServiceDesk.Application.Escalations.EscalationChain;
using ServiceDesk.Application.Escalations.GetEscalation;
using ServiceDesk.Contracts.Escalations.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using Domain = ServiceDesk.Domain;

namespace ServiceDesk.Api.Grpc.Services;

/// <summary>Maps each RPC to one command or query; the rules live in the application and the domain.</summary>
public sealed class EscalationGrpcService(IMediator mediator) : EscalationService.EscalationServiceBase
{
    public override async Task<Escalation> EscalateTicket(EscalateTicketRequest request, ServerCallContext context) =>
        (await mediator.Send(request.ToCommand(), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Escalation> GetEscalation(GetEscalationRequest request, ServerCallContext context) =>
        (await mediator.Send(new GetEscalationQuery(ParseEscalation(request.Name)), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Escalation> GetTicketEscalation(GetTicketEscalationRequest request, ServerCallContext context) =>
        (await mediator.Send(new GetTicketEscalationQuery(ParseTicket(request.Ticket, "ticket")), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListEscalationsResponse> ListEscalations(ListEscalationsRequest request, ServerCallContext context)
    {
        var page = (await mediator.Send(request.ToQuery(), context.CancellationToken)).OrThrow();
        var response = new ListEscalationsResponse { NextPageToken = page.NextPageToken };
        response.Escalations.AddRange(page.Items.Select(e => new EscalationView(e, Internal: true).ToProto()));
        return response;
    }

    public override Task<Escalation> RaiseEscalation(RaiseEscalationRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new RaiseEscalation(request.Reason.To<Domain.Escalations.EscalationReason>(), request.Description), context);

    public override Task<Escalation> AddEscalationNote(AddEscalationNoteRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new AddEscalationNote(request.Text), context);

    public override Task<Escalation> ResolveEscalation(ResolveEscalationRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new ResolveEscalation(request.Outcome), context);

    public override async Task<ListEscalationLevelsResponse> ListEscalationLevels(ListEscalationLevelsRequest request, ServerCallContext context)
    {
        var levels = (await mediator.Send(new ListEscalationLevelsQuery(), context.CancellationToken)).OrThrow();
        var response = new ListEscalationLevelsResponse();
        response.Levels.AddRange(levels.Select(l => l.ToProto()));
        return response;
    }

    public override async Task<EscalationLevel> UpdateEscalationLevel(UpdateEscalationLevelRequest request, ServerCallContext context) =>
        (await mediator.Send(request.ToCommand(), context.CancellationToken)).OrThrow().ToProto();

    private async Task<Escalation> Change(string? name, string? etag, EscalationChange change, ServerCallContext context)
    {
        var command = new ChangeEscalationCommand(ParseEscalation(name), string.IsNullOrEmpty(etag) ? null : etag, change);
        return (await mediator.Send(command, context.CancellationToken)).OrThrow().ToProto();
    }
}
