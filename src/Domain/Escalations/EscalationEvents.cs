using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Escalations;

/// <summary>An escalation was opened (level 0) or raised: the contacts of the level are to be alerted.</summary>
public sealed record EscalationLevelReached(Guid EscalationId, long TicketId, Guid OrganizationId, int Level, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An administrator replaced the named contacts of a level (also the change that marks the level as saved).</summary>
public sealed record EscalationContactsReplaced(int Level, int Contacts, DateTimeOffset OccurredAt) : IDomainEvent;
