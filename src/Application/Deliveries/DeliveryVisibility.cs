using System.Linq.Expressions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Application.Deliveries;

/// <summary>
/// Who may see which delivery, as one query predicate used by every read and every change: agents see all of them,
/// contacts and partner systems their own organisation's. The tickets inside follow <see cref="Tickets.TicketVisibility"/>.
/// </summary>
public static class DeliveryVisibility
{
    public static readonly DomainError NotFound = DomainError.NotFound("delivery");

    public static Expression<Func<Delivery, bool>> For(Actor viewer)
    {
        var organizationId = viewer.OrganizationId;
        return viewer.Kind switch
        {
            ActorKind.Agent or ActorKind.System => d => true,
            ActorKind.Contact or ActorKind.Partner => d => d.OrganizationId == organizationId,
            _ => d => false,
        };
    }
}
