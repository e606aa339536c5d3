namespace ServiceDesk.Domain.Tickets;

/// <summary>
/// A contact's own choice about e-mails for one ticket, kept only where it differs from the default:
/// the reporter is notified unless they opt out; other contacts only when they opt in.
/// </summary>
public sealed class TicketNotificationChoice
{
    public long TicketId { get; private set; }
    public Guid AccountId { get; private set; }
    public bool Notify { get; private set; }

    private TicketNotificationChoice() { }

    internal TicketNotificationChoice(long ticketId, Guid accountId, bool notify) => (TicketId, AccountId, Notify) = (ticketId, accountId, notify);
}
