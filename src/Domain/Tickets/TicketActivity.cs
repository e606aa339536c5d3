using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Tickets;

public enum ActivityKind
{
    Created = 1,
    Comment = 2,
    StatusChanged = 3,
    TypeChanged = 4,
    PriorityChanged = 5,
    FixVersionChanged = 6,
    AssigneeChanged = 7,
    ParticipantAdded = 8,
    ParticipantRemoved = 9,
    Reproduced = 10,
    Forwarded = 11,
    ConceptApproved = 12,
    Edited = 13,
    AttachmentAdded = 14,
    SlaBreached = 15,
    ReminderSent = 16,
}

/// <summary>One entry of a ticket's activity stream: a comment or a change. Internal entries never reach customers.</summary>
public sealed class TicketActivity
{
    public Guid Id { get; private set; }
    public long TicketId { get; private set; }
    /// <summary>Position in the ticket's stream: orders entries recorded at the same instant.</summary>
    public int Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public ActivityKind Kind { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public ActorKind ActorKind { get; private set; }
    public string? Text { get; private set; }
    public string? From { get; private set; }
    public string? To { get; private set; }
    public bool IsInternal { get; private set; }

    private TicketActivity() { }

    internal TicketActivity(long ticketId, int sequence, ActivityKind kind, Actor actor, DateTimeOffset at, string? text, string? from, string? to, bool isInternal)
    {
        // Time-ordered, so a new entry lands at the end of the key's index instead of on a random page of it.
        Id = Guid.CreateVersion7(at);
        TicketId = ticketId;
        Sequence = sequence;
        Kind = kind;
        ActorId = actor.Id;
        ActorName = actor.Name;
        ActorKind = actor.Kind;
        At = at;
        Text = text;
        From = from;
        To = to;
        IsInternal = isInternal;
    }
}
