namespace ServiceDesk.Domain.Deliveries;

/// <summary>How a ticket came to be in, or out of, a delivery's list.</summary>
public enum TicketInclusion
{
    /// <summary>An agent added it although it does not match the delivery.</summary>
    Added = 1,
    /// <summary>An agent took out a ticket that matches the delivery.</summary>
    Removed = 2,
    /// <summary>It matched the delivery when the codeline was closed.</summary>
    Matched = 3,
}

/// <summary>
/// A ticket the delivery's list names. While the codeline is open the rows hold only the agents' additions and removals;
/// closing it adds the matching tickets, and from then on the rows are the list.
/// </summary>
public sealed class DeliveryTicket
{
    public Guid DeliveryId { get; private set; }
    public long TicketId { get; private set; }
    public TicketInclusion Inclusion { get; private set; }

    private DeliveryTicket() { }

    internal DeliveryTicket(Guid deliveryId, long ticketId, TicketInclusion inclusion)
    {
        DeliveryId = deliveryId;
        TicketId = ticketId;
        Inclusion = inclusion;
    }
}
