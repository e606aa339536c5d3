namespace ServiceDesk.Domain.Escalations;

/// <summary>Why a customer escalates (SPEC section 9); SLA breaches escalate with the reason of their clock.</summary>
public enum EscalationReason
{
    ReactionTimeExceeded = 1,
    RestorationTimeExceeded = 2,
    TicketHandling = 3,
    ProductQuality = 4,
}

public enum EscalationState
{
    Open = 1,
    Resolved = 2,
}
