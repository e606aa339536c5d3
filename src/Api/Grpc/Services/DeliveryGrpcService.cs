using Grpc.Core;
using Mediator;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Deliveries.ChangeDelivery;
using ServiceDesk.Application.Deliveries.GetDelivery;
using ServiceDesk.Contracts.Deliveries.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using Domain = ServiceDesk.Domain;

namespace ServiceDesk.Api.Grpc.Services;

/// <summary>Maps each RPC to one command or query; the rules live in the application and the domain.</summary>
public sealed class DeliveryGrpcService(IMediator mediator) : DeliveryService.DeliveryServiceBase
{
    public override async Task<Delivery> CreateDelivery(CreateDeliveryRequest request, ServerCallContext context) =>
        (await mediator.Send(request.ToCommand(), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Delivery> GetDelivery(GetDeliveryRequest request, ServerCallContext context) =>
        (await mediator.Send(new GetDeliveryQuery(ParseDelivery(request.Name)), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListDeliveriesResponse> ListDeliveries(ListDeliveriesRequest request, ServerCallContext context)
    {
        var page = (await mediator.Send(request.ToQuery(), context.CancellationToken)).OrThrow();
        var response = new ListDeliveriesResponse { NextPageToken = page.NextPageToken };
        response.Deliveries.AddRange(page.Items.Select(d => d.ToSummary()));
        return response;
    }

    public override Task<Delivery> SetEstimatedDate(SetEstimatedDateRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new SetEstimatedDate(request.EstimatedDate.ToRequiredDomain("estimated_date"), request.Reason), context);

    public override Task<Delivery> AddDocument(AddDocumentRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new AddDocument(request.Title, request.Url.Trim()), context);

    public override Task<Delivery> RemoveDocument(RemoveDocumentRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new RemoveDocument(Guid.TryParse(request.DocumentId, out var id)
            ? id
            : throw new InputValidationException("document_id", "Not a document id.")), context);

    public override Task<Delivery> RecordMilestone(RecordMilestoneRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new RecordMilestone(request.Milestone.To<Domain.Deliveries.DeliveryMilestone>()), context);

    public override Task<Delivery> AddTicket(DeliveryTicketRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new ChangeIncludedTicket(ParseTicket(request.Ticket, "ticket"), Include: true, request.Reason), context);

    public override Task<Delivery> RemoveTicket(DeliveryTicketRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new ChangeIncludedTicket(ParseTicket(request.Ticket, "ticket"), Include: false, request.Reason), context);

    public override Task<Delivery> HandOverPackage(HandOverPackageRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new HandOverPackage(request.DownloadLocation, request.Message), context);

    public override Task<Delivery> AnnounceMaintenance(AnnounceMaintenanceRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new AnnounceMaintenance(request.MaintenanceTime.ToDomain("maintenance_time")
            ?? throw new InputValidationException("maintenance_time", "The maintenance time is required.")), context);

    public override Task<Delivery> CompleteStageInstallation(DeliveryStepRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new CompleteInstallation(Domain.Deliveries.InstallationTarget.Staging), context);

    public override Task<Delivery> CompleteInstallation(DeliveryStepRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new CompleteInstallation(Domain.Deliveries.InstallationTarget.Production), context);

    private async Task<Delivery> Change(string? name, string? etag, DeliveryChange change, ServerCallContext context)
    {
        var command = new ChangeDeliveryCommand(ParseDelivery(name), string.IsNullOrEmpty(etag) ? null : etag, change);
        return (await mediator.Send(command, context.CancellationToken)).OrThrow().ToProto();
    }
}
