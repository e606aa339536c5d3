using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Domain.Sla;

/// <summary>A clock passed its target: the escalation issue turns this into an automatic escalation (SPEC section 9).</summary>
public sealed record SlaClockBreached(long TicketId, Guid OrganizationId, SlaClockKind Clock, Priority Priority, DateTimeOffset DueAt, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A critical incident arrived outside service hours: the on-call duty is to be alarmed.</summary>
public sealed record OnCallAlarmRaised(long TicketId, Guid OrganizationId, string Title, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The customer has not answered a question: reminder 1, 2 or 3 is to be sent.</summary>
public sealed record CustomerReminderDue(long TicketId, Guid OrganizationId, Guid ReporterId, int Reminder, DateTimeOffset OccurredAt) : IDomainEvent;
