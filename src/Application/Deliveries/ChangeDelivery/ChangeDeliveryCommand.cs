using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Sla;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Deliveries.ChangeDelivery;

/// <summary>
/// Every change to a delivery, with whatever it does to its tickets, saved in one transaction. The delivery must be
/// visible to the caller; when an etag is given it must match the delivery's current version. Tickets the delivery
/// moved on bring their SLA clocks up to date, as every change of a ticket does.
/// </summary>
public sealed record ChangeDeliveryCommand(Guid Id, string? Etag, DeliveryChange Change) : ICommand<Result<DeliveryView>>;

public sealed class ChangeDeliveryHandler(
    ICurrentUser currentUser,
    IDeliveryRepository deliveries,
    DeliveryTickets deliveryTickets,
    ITicketRepository tickets,
    IOrganizationRepository organizations,
    SlaTermsSource sla,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<ChangeDeliveryCommand, Result<DeliveryView>>
{
    public async ValueTask<Result<DeliveryView>> Handle(ChangeDeliveryCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var delivery = await deliveries.FindVisibleAsync(command.Id, actor, cancellationToken);
        if (delivery is null) return DeliveryVisibility.NotFound;
        if (!string.IsNullOrEmpty(command.Etag) && command.Etag != DeliveryView.EtagOf(delivery))
            return AccessErrors.Conflict;

        var context = new DeliveryChangeContext(actor, clock.GetUtcNow(), deliveryTickets, tickets, organizations);
        var applied = await command.Change.ApplyAsync(delivery, context, cancellationToken);
        if (applied.IsFailure) return applied.Error!;
        foreach (var ticket in await deliveryTickets.LoadIncludedAsync(delivery, cancellationToken))
            if (ticket.DomainEvents.Count > 0) await sla.UpdateAsync(ticket, context.Now, cancellationToken);
        var saved = await unitOfWork.SaveOrConflictAsync(cancellationToken);
        if (saved.IsFailure) return saved.Error!;
        return await deliveryTickets.ViewAsync(delivery, actor, cancellationToken);
    }
}
