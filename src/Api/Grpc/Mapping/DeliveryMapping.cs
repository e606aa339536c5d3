using ServiceDesk.Application.Deliveries;
using ServiceDesk.Application.Deliveries.ListDeliveries;
using ServiceDesk.Application.Deliveries.PlanDelivery;
using ServiceDesk.Contracts.Deliveries.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using Domain = ServiceDesk.Domain;
using Proto = ServiceDesk.Contracts.Deliveries.V1;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>The one place where deliveries cross between the wire and the application.</summary>
public static class DeliveryMapping
{
    public static PlanDeliveryCommand ToCommand(this CreateDeliveryRequest request) => new(
        ParseOrganization(request.Organization, "organization"),
        request.PatchVersion,
        request.EstimatedDate.ToDomain("estimated_date"),
        string.IsNullOrEmpty(request.RequestId) ? null : request.RequestId);

    public static ListDeliveriesQuery ToQuery(this ListDeliveriesRequest request) => new(
        new DeliveryListQuery
        {
            OrganizationId = ParseOptionalOrganization(request.Organization, "organization"),
            Statuses = request.Statuses.Select(s => s.To<Domain.Deliveries.DeliveryStatus>()).ToList(),
            EstimatedFrom = request.EstimatedDateFrom.ToDomain("estimated_date_from"),
            EstimatedTo = request.EstimatedDateTo.ToDomain("estimated_date_to"),
        },
        request.PageSize,
        string.IsNullOrEmpty(request.PageToken) ? null : request.PageToken);

    public static Proto.Delivery ToProto(this DeliveryView view)
    {
        var d = view.Delivery;
        var reply = new Proto.Delivery
        {
            Name = Delivery(d.Id),
            Organization = Organization(d.OrganizationId),
            PatchVersion = d.PatchVersion,
            Status = d.Status.ToProto<Proto.DeliveryStatus>(),
            Milestone = d.Milestone.ToProto<Proto.DeliveryMilestone>(),
            EstimatedDate = d.EstimatedDate.ToProto(),
            Route = d.IsVendorHosted ? DeliveryRoute.Installation : DeliveryRoute.Download,
            StagingSystem = d.HasStagingSystem,
            StagingMaintenanceTime = d.StagingMaintenanceAt.ToProto(),
            ProductionMaintenanceTime = d.ProductionMaintenanceAt.ToProto(),
            DownloadLocation = d.DownloadLocation ?? "",
            TicketsFrozen = d.TicketsFrozen,
            CreateTime = d.CreatedAt.ToProto(),
            UpdateTime = d.UpdatedAt.ToProto(),
            ReachCustomerTime = d.ReachedCustomerAt.ToProto(),
            Etag = view.Etag,
        };
        reply.Tickets.AddRange(view.Tickets.Select(t => t.ToProto()));
        reply.Documents.AddRange(d.Documents.OrderBy(x => x.AddedAt).Select(x => new Proto.DeliveryDocument
        {
            Id = x.Id.ToString(),
            Title = x.Title,
            Url = x.Url,
            AddTime = x.AddedAt.ToProto(),
        }));
        reply.Activities.AddRange(view.Activities.Select(a => new Proto.DeliveryActivity
        {
            Id = a.Id.ToString(),
            Kind = a.Kind.ToProto<DeliveryActivityKind>(),
            Time = a.At.ToProto(),
            ActorDisplayName = a.ActorName,
            Text = a.Text ?? "",
            From = a.From ?? "",
            To = a.To ?? "",
            Ticket = a.TicketId is { } ticketId ? Ticket(ticketId) : "",
        }));
        return reply;
    }

    public static DeliverySummary ToSummary(this Domain.Deliveries.Delivery d) => new()
    {
        Name = Delivery(d.Id),
        Organization = Organization(d.OrganizationId),
        PatchVersion = d.PatchVersion,
        Status = d.Status.ToProto<Proto.DeliveryStatus>(),
        Milestone = d.Milestone.ToProto<Proto.DeliveryMilestone>(),
        EstimatedDate = d.EstimatedDate.ToProto(),
        CreateTime = d.CreatedAt.ToProto(),
        UpdateTime = d.UpdatedAt.ToProto(),
    };
}
