using ServiceDesk.Application.Tickets.ListTickets;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Application.Deliveries;

/// <summary>A delivery as one reader may see it: only the included tickets they may see, and only history entries about those.</summary>
public sealed record DeliveryView(Delivery Delivery, IReadOnlyList<TicketSummary> Tickets, IReadOnlySet<long> VisibleTicketIds)
{
    public IEnumerable<DeliveryActivity> Activities => Delivery.ActivityVisibleTo(VisibleTicketIds);

    public string Etag => EtagOf(Delivery);

    public static string EtagOf(Delivery delivery) => delivery.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
