using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Escalations;

/// <summary>Every rule that can refuse a change to an escalation or to the chain, by name.</summary>
public static class EscalationErrors
{
    public static readonly DomainError NotFound = DomainError.NotFound("escalation");

    public static readonly DomainError CustomersOrAgentsOnly = new(
        "escalation.contacts_or_agents_only", "Only a contact of the organisation, or an agent on their behalf, may escalate a ticket.", ErrorKind.Forbidden);

    public static readonly DomainError AgentsOnly = new(
        "escalation.agents_only", "Only an agent may do this.", ErrorKind.Forbidden);

    public static readonly DomainError AdministratorsOnly = new(
        "escalation.administrators_only", "Only administrators maintain the escalation chain.", ErrorKind.Forbidden);

    public static readonly DomainError TicketClosed = new(
        "escalation.ticket_closed", "A closed ticket cannot be escalated; raise a new ticket.");

    public static readonly DomainError Resolved = new(
        "escalation.resolved", "The escalation is resolved.");

    public static readonly DomainError TopLevel = new(
        "escalation.top_level", "The escalation has reached the board, the highest level.");

    public static readonly DomainError UnknownLevel = new(
        "escalation.unknown_level", $"Escalation levels are 0 to {Escalation.TopLevel}.", ErrorKind.Invalid, "level");

    public static DomainError TextRequired(string field) => new(
        "escalation.text_required", $"The {field} is required.", ErrorKind.Invalid, field);

    public static readonly DomainError DuplicateContact = new(
        "escalation.duplicate_contact", "Each e-mail address may appear once per level.", ErrorKind.Invalid, "contacts");
}
