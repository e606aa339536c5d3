using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Deliveries;

public enum DeliveryActivityKind
{
    Planned = 1,
    EstimatedDateChanged = 2,
    DocumentAdded = 3,
    DocumentRemoved = 4,
    MilestoneReached = 5,
    TicketAdded = 6,
    TicketRemoved = 7,
    MaintenanceAnnounced = 8,
    StatusChanged = 9,
    /// <summary>A message to the organisation, such as where to download the package.</summary>
    Message = 10,
}

/// <summary>One entry of a delivery's history. Entries about a ticket name it, so readers who may not see the ticket do not see the entry.</summary>
public sealed class DeliveryActivity
{
    public Guid Id { get; private set; }
    public Guid DeliveryId { get; private set; }
    /// <summary>Position in the delivery's history: orders entries recorded at the same instant.</summary>
    public int Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public DeliveryActivityKind Kind { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public ActorKind ActorKind { get; private set; }
    public string? Text { get; private set; }
    public string? From { get; private set; }
    public string? To { get; private set; }
    public long? TicketId { get; private set; }

    private DeliveryActivity() { }

    internal DeliveryActivity(Guid deliveryId, int sequence, DeliveryActivityKind kind, Actor actor, DateTimeOffset at,
        string? text, string? from, string? to, long? ticketId)
    {
        Id = Guid.NewGuid();
        DeliveryId = deliveryId;
        Sequence = sequence;
        Kind = kind;
        ActorId = actor.Id;
        ActorName = actor.Name;
        ActorKind = actor.Kind;
        At = at;
        Text = text;
        From = from;
        To = to;
        TicketId = ticketId;
    }
}
