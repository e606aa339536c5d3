namespace ServiceDesk.Domain.Tickets;

/// <summary>A further person following a ticket; contacts who participate may see it.</summary>
public sealed class TicketParticipant
{
    public long TicketId { get; private set; }
    public Guid AccountId { get; private set; }
    public string Name { get; private set; } = "";

    private TicketParticipant() { }

    internal TicketParticipant(long ticketId, Guid accountId, string name) => (TicketId, AccountId, Name) = (ticketId, accountId, name);
}
