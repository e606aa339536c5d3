using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Domain.Escalations;

/// <summary>
/// A customer's escalation of a ticket (SPEC section 9): its reason, the level it has reached (0 the team lead or the
/// personal support contact, 1 head of support, 2 head of customer services, 3 the board), who raised it and who owns
/// it, what was done and how it ended. A ticket has at most one open escalation; a further request raises it.
/// </summary>
public sealed class Escalation : AggregateRoot
{
    public const int TopLevel = 3;

    private readonly List<EscalationStep> _steps = [];

    public Guid Id { get; private set; }
    public long TicketId { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>The support team of the organisation's region: the team leads' lists are by team.</summary>
    public SupportTeam Team { get; private set; }
    public EscalationReason Reason { get; private set; }
    public string Description { get; private set; } = "";
    public int Level { get; private set; }
    public EscalationState State { get; private set; }
    public Guid RaisedById { get; private set; }
    public string RaisedByName { get; private set; } = "";
    public ActorKind RaisedByKind { get; private set; }
    /// <summary>The person of the current level who answers for it; none when the level has no contact yet.</summary>
    public string? OwnerName { get; private set; }
    public string? OwnerEmail { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset LevelReachedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: grows with every change; the API shows it as the etag.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<EscalationStep> Steps => _steps;

    public bool IsOpen => State is EscalationState.Open;

    /// <summary>The level a raise reaches, or null at the board.</summary>
    public int? NextLevel => Level < TopLevel ? Level + 1 : null;

    private Escalation() { }

    /// <summary>
    /// Opens an escalation at level 0, by a contact of the ticket's organisation, an agent on their behalf, or the service on
    /// an SLA breach; <paramref name="requestId"/>, the caller's id of the request, is kept with the step.
    /// </summary>
    public static Result<Escalation> Open(EscalatedTicket ticket, Actor actor, EscalationReason reason, string description, EscalationContact? owner,
        DateTimeOffset now, string? requestId = null)
    {
        if (!MayEscalate(actor, ticket.OrganizationId)) return EscalationErrors.CustomersOrAgentsOnly;
        if (ticket.IsClosed) return EscalationErrors.TicketClosed;
        if (string.IsNullOrWhiteSpace(description)) return EscalationErrors.TextRequired("description");
        var escalation = new Escalation
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            OrganizationId = ticket.OrganizationId,
            Team = ticket.Team,
            Reason = reason,
            Description = description.Trim(),
            State = EscalationState.Open,
            RaisedById = actor.Id,
            RaisedByName = actor.Name,
            RaisedByKind = actor.Kind,
            OpenedAt = now,
        };
        escalation.Reach(0, EscalationStepKind.Opened, reason, escalation.Description, owner, actor, now, requestId);
        return escalation;
    }

    /// <summary>Raises the escalation to the next level, recording who and why (and the caller's request id); the level's owner takes it over.</summary>
    public Result Raise(Actor actor, EscalationReason reason, string why, EscalationContact? nextOwner, DateTimeOffset now, string? requestId = null)
    {
        if (!MayEscalate(actor, OrganizationId)) return EscalationErrors.CustomersOrAgentsOnly;
        if (!IsOpen) return EscalationErrors.Resolved;
        if (NextLevel is not { } next) return EscalationErrors.TopLevel;
        if (string.IsNullOrWhiteSpace(why)) return EscalationErrors.TextRequired("description");
        Reach(next, EscalationStepKind.Raised, reason, why.Trim(), nextOwner, actor, now, requestId);
        return Result.Success;
    }

    /// <summary>Records what was done; notes are internal, customers see only the level and the state.</summary>
    public Result AddNote(Actor agent, string text, DateTimeOffset now)
    {
        if (!agent.IsAgent) return EscalationErrors.AgentsOnly;
        if (string.IsNullOrWhiteSpace(text)) return EscalationErrors.TextRequired("text");
        Record(EscalationStepKind.Note, null, text.Trim(), agent, now);
        return Result.Success;
    }

    /// <summary>Ends the escalation with its outcome; the ticket may be escalated again afterwards.</summary>
    public Result Resolve(Actor agent, string outcome, DateTimeOffset now)
    {
        if (!agent.IsAgent) return EscalationErrors.AgentsOnly;
        if (!IsOpen) return EscalationErrors.Resolved;
        if (string.IsNullOrWhiteSpace(outcome)) return EscalationErrors.TextRequired("outcome");
        State = EscalationState.Resolved;
        Outcome = outcome.Trim();
        ResolvedAt = now;
        Record(EscalationStepKind.Resolved, null, Outcome, agent, now);
        return Result.Success;
    }

    /// <summary>Called by the unit of work when the change is saved.</summary>
    public void MarkSaved() => Version++;

    // Contacts escalate their organisation's tickets (which ones they may see, the application checks); agents on a
    // contact's behalf; the service on a breach. Partner systems follow incidents, they do not escalate.
    private static bool MayEscalate(Actor actor, Guid organizationId) => actor.Kind switch
    {
        ActorKind.Contact => actor.OrganizationId == organizationId,
        ActorKind.Agent or ActorKind.System => true,
        _ => false,
    };

    private void Reach(int level, EscalationStepKind kind, EscalationReason reason, string text, EscalationContact? owner, Actor actor, DateTimeOffset now,
        string? requestId)
    {
        Level = level;
        LevelReachedAt = now;
        (OwnerName, OwnerEmail) = (owner?.Name, owner?.Email);
        Record(kind, reason, text, actor, now, requestId);
        Raise(new EscalationLevelReached(Id, TicketId, OrganizationId, level, now));
    }

    private void Record(EscalationStepKind kind, EscalationReason? reason, string text, Actor actor, DateTimeOffset now, string? requestId = null)
    {
        _steps.Add(new EscalationStep(Id, _steps.Count + 1, kind, Level, reason, text, actor, now, requestId));
        UpdatedAt = now;
    }
}
