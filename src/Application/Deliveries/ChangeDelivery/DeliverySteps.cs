using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Deliveries.ChangeDelivery;

// The changes of SPEC section 8, each one verb of the Delivery aggregate with what it needs loaded.

/// <summary>Sets or changes the estimated date; "in the past" means before today in the organisation's time zone.</summary>
public sealed record SetEstimatedDate(DateOnly Date, string? Reason) : DeliveryChange
{
    public override async ValueTask<Result> ApplyAsync(Delivery delivery, DeliveryChangeContext context, CancellationToken cancellationToken)
    {
        var organization = await context.Organizations.FindAsync(delivery.OrganizationId, cancellationToken)
            ?? throw new InvalidOperationException($"The organisation of delivery {delivery.Id} is missing.");
        return delivery.SetEstimatedDate(context.Actor, Date, Reason, TimeZones.Today(organization.TimeZoneId, context.Now), context.Now);
    }
}

public sealed record AddDocument(string Title, string Url) : DeliveryChange
{
    public override ValueTask<Result> ApplyAsync(Delivery delivery, DeliveryChangeContext context, CancellationToken cancellationToken)
    {
        var added = delivery.AddDocument(context.Actor, Title, Url, context.Now);
        return ValueTask.FromResult(added.IsSuccess ? Result.Success : added.Error!);
    }
}

public sealed record RemoveDocument(Guid DocumentId) : DeliveryChange
{
    public override ValueTask<Result> ApplyAsync(Delivery delivery, DeliveryChangeContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(delivery.RemoveDocument(context.Actor, DocumentId, context.Now));
}

/// <summary>The next preparation milestone; closing the codeline freezes the tickets that match the delivery at that moment.</summary>
public sealed record RecordMilestone(DeliveryMilestone Milestone) : DeliveryChange
{
    public override async ValueTask<Result> ApplyAsync(Delivery delivery, DeliveryChangeContext context, CancellationToken cancellationToken) =>
        Milestone is DeliveryMilestone.CodelineClosed
            ? delivery.CloseCodeline(context.Actor, await context.DeliveryTickets.MatchingAsync(delivery, cancellationToken), context.Now)
            : delivery.RecordMilestone(context.Actor, Milestone, context.Now);
}

/// <summary>Adds or removes a ticket the caller may see, with the reason.</summary>
public sealed record ChangeIncludedTicket(long TicketId, bool Include, string Reason) : DeliveryChange
{
    public override async ValueTask<Result> ApplyAsync(Delivery delivery, DeliveryChangeContext context, CancellationToken cancellationToken)
    {
        if (await context.Tickets.FindVisibleAsync(TicketId, context.Actor, cancellationToken) is not { } ticket) return TicketNotFound.Error;
        return Include
            ? delivery.AddTicket(context.Actor, ticket, Reason, context.Now)
            : delivery.RemoveTicket(context.Actor, ticket, Reason, context.Now);
    }
}

/// <summary>Customer- or third-party-hosted: the package is on the SFTP server; its tickets move on.</summary>
public sealed record HandOverPackage(string DownloadLocation, string? Message) : DeliveryChange
{
    public override async ValueTask<Result> ApplyAsync(Delivery delivery, DeliveryChangeContext context, CancellationToken cancellationToken) =>
        delivery.HandOverPackage(context.Actor, DownloadLocation, Message,
            await context.DeliveryTickets.LoadIncludedAsync(delivery, cancellationToken), context.Now);
}

public sealed record AnnounceMaintenance(DateTimeOffset At) : DeliveryChange
{
    public override ValueTask<Result> ApplyAsync(Delivery delivery, DeliveryChangeContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(delivery.AnnounceMaintenance(context.Actor, At, context.Now));
}

/// <summary>Vendor-hosted: installed on staging or production; the first installation moves the tickets on.</summary>
public sealed record CompleteInstallation(InstallationTarget Target) : DeliveryChange
{
    public override async ValueTask<Result> ApplyAsync(Delivery delivery, DeliveryChangeContext context, CancellationToken cancellationToken)
    {
        var included = await context.DeliveryTickets.LoadIncludedAsync(delivery, cancellationToken);
        return Target is InstallationTarget.Staging
            ? delivery.CompleteStageInstallation(context.Actor, included, context.Now)
            : delivery.CompleteInstallation(context.Actor, included, context.Now);
    }
}
