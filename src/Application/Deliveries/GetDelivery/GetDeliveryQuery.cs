using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Deliveries.GetDelivery;

/// <summary>A delivery the caller may see; any other is NOT_FOUND, so that its existence stays secret.</summary>
public sealed record GetDeliveryQuery(Guid Id) : IQuery<Result<DeliveryView>>;

public sealed class GetDeliveryHandler(ICurrentUser currentUser, IDeliveryRepository deliveries, DeliveryTickets deliveryTickets)
    : IQueryHandler<GetDeliveryQuery, Result<DeliveryView>>
{
    public async ValueTask<Result<DeliveryView>> Handle(GetDeliveryQuery query, CancellationToken cancellationToken)
    {
        var delivery = await deliveries.FindVisibleAsync(query.Id, currentUser.Actor, cancellationToken);
        return delivery is null ? DeliveryVisibility.NotFound : await deliveryTickets.ViewAsync(delivery, currentUser.Actor, cancellationToken);
    }
}
