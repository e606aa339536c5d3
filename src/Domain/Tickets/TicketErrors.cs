using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Tickets;

/// <summary>Every rule that can refuse a change to a ticket, by name.</summary>
public static class TicketErrors
{
    public static DomainError AgentsOnly(string verb) =>
        new("ticket.agents_only", $"Only an agent may {verb}.", ErrorKind.Forbidden);

    public static DomainError CustomersOnly(string verb) =>
        new("ticket.customers_only", $"Only the customer may {verb}.", ErrorKind.Forbidden);

    public static DomainError ReporterOrAgentsOnly(string verb) =>
        new("ticket.reporter_or_agents_only", $"Only the reporter or an agent may {verb}.", ErrorKind.Forbidden);

    public static readonly DomainError NotificationsForContactsOnly =
        new("ticket.contacts_only", "Only contacts receive e-mails about a ticket and choose them.", ErrorKind.Forbidden);

    public static DomainError WrongStatus(string verb, TicketStatus status) =>
        new("ticket.wrong_status", $"A ticket in status {status} cannot {verb}.");

    public static DomainError WrongType(string verb, TicketType type) =>
        new("ticket.wrong_type", $"A ticket of type {type} cannot {verb}.");

    public static readonly DomainError IntakeTypeMustBeReclassified = new(
        "ticket.intake_type_must_be_reclassified",
        "Incident and Request are intake types: reclassify the ticket before it moves past In Review.");

    public static readonly DomainError NotReproduced = new(
        "ticket.not_reproduced",
        "A Software Defect goes to development only after it was reproduced on the reference system.");

    public static readonly DomainError AlreadyReproduced = new("ticket.already_reproduced", "The defect was already reproduced.");

    public static readonly DomainError PriorityRequired = new(
        "ticket.priority_required", "Set the priority and fault category of a defect before work starts.");

    public static readonly DomainError PriorityOnlyOnDefects = new(
        "ticket.priority_only_on_defects", "Only Software and Non-Software Defects carry a priority.");

    public static DomainError PriorityNotInMatrix(TicketType type, FaultCategory category, Priority priority) => new(
        "ticket.priority_not_in_matrix",
        $"Priority {(int)priority} with category {category} does not apply to a {type}: category System availability is priority 1 on Non-Software Defects; Software usability is priority 2 to 4.",
        ErrorKind.Invalid, "priority");

    public static DomainError NotAReclassificationTarget(TicketType type) => new(
        "ticket.not_a_reclassification_target", $"A ticket cannot be reclassified to {type}.", ErrorKind.Invalid, "type");

    public static readonly DomainError SameType = new("ticket.same_type", "The ticket already has this type.");

    public static DomainError ResolutionNotAllowed(TicketType type, TicketStatus status, Resolution resolution) => new(
        "ticket.resolution_not_allowed", $"A {type} in status {status} cannot be resolved as {resolution}.");

    public static readonly DomainError CustomFixVersionOnly = new(
        "ticket.custom_fix_version_only", "A Consulting Request is delivered with fix version CUSTOM.", ErrorKind.Invalid, "fix_version");

    public static readonly DomainError ForwardToOtherDepartment = new(
        "ticket.forward_to_other_department", "Forward to a department other than Support.", ErrorKind.Invalid, "department");

    public static readonly DomainError NoBudget = new(
        "ticket.no_budget",
        "The organisation has no extended support budget left: a Consulting Request is forwarded to a department only while budget remains. Top up the budget or answer it in support.");

    public static readonly DomainError ConceptNotApproved = new(
        "ticket.concept_not_approved", "Work on a Customisation starts only after the customer approved the concept.");

    public static readonly DomainError ConceptAlreadyApproved = new("ticket.concept_already_approved", "The concept was already approved.");

    public static readonly DomainError Closed = new(
        "ticket.closed", "The ticket is closed; questions afterwards go into a new ticket.");

    public static readonly DomainError InternalCommentByCustomer = new(
        "ticket.internal_comment_by_customer", "Only agents write internal comments.", ErrorKind.Forbidden);

    public static readonly DomainError AlreadyParticipant = new("ticket.already_participant", "That person already participates.");

    public static readonly DomainError NotAParticipant = new("ticket.not_a_participant", "That person does not participate.", ErrorKind.NotFound);

    public static readonly DomainError DuplicateOfItself = new("ticket.duplicate_of_itself", "A ticket cannot duplicate itself.", ErrorKind.Invalid, "duplicate_of");
}
