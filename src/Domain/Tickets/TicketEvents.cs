using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Tickets;

public sealed record TicketCreated(long TicketId, Guid OrganizationId, TicketType Type, bool SystemUnusable, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Raised for every entry of the activity stream: the source of notifications.</summary>
public sealed record TicketActivityRecorded(long TicketId, Guid ActivityId, ActivityKind Kind, bool IsInternal, ActorKind ActorKind, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Development was asked for an estimation: the organisation's sales contact is to be informed.</summary>
public sealed record CustomisationEstimationRequested(long TicketId, Guid OrganizationId, DateTimeOffset OccurredAt) : IDomainEvent;
