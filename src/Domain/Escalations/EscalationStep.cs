using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Escalations;

public enum EscalationStepKind
{
    Opened = 1,
    Raised = 2,
    /// <summary>What was done: an agent's note, internal.</summary>
    Note = 3,
    Resolved = 4,
}

/// <summary>One entry of an escalation's history: who did what, at which level, and why.</summary>
public sealed class EscalationStep
{
    public Guid Id { get; private set; }
    public Guid EscalationId { get; private set; }
    /// <summary>Position in the history: orders entries recorded at the same instant.</summary>
    public int Sequence { get; private set; }
    public EscalationStepKind Kind { get; private set; }
    public int Level { get; private set; }
    public EscalationReason? Reason { get; private set; }
    public string Text { get; private set; } = "";
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public ActorKind ActorKind { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>The caller's id of the request that escalated (opened or raised); a retry with it finds this step.</summary>
    public string? RequestId { get; private set; }

    private EscalationStep() { }

    internal EscalationStep(Guid escalationId, int sequence, EscalationStepKind kind, int level, EscalationReason? reason, string text, Actor actor, DateTimeOffset at,
        string? requestId)
    {
        Id = Guid.NewGuid();
        EscalationId = escalationId;
        Sequence = sequence;
        Kind = kind;
        Level = level;
        Reason = reason;
        Text = text;
        ActorId = actor.Id;
        ActorName = actor.Name;
        ActorKind = actor.Kind;
        At = at;
        RequestId = requestId;
    }
}
