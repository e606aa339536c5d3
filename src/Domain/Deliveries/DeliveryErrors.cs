using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Deliveries;

/// <summary>Every rule that can refuse a change to a delivery, by name.</summary>
public static class DeliveryErrors
{
    public static DomainError AgentsOnly(string verb) =>
        new("delivery.agents_only", $"Only an agent may {verb}.", ErrorKind.Forbidden);

    public static readonly DomainError PatchVersionRequired = new(
        "delivery.patch_version_required", "A delivery carries a patch version such as 7.4.12, not CUSTOM.", ErrorKind.Invalid, "patch_version");

    public static readonly DomainError Completed = new(
        "delivery.completed", "The delivery has reached the customer and can no longer be changed.");

    public static readonly DomainError EstimatedDateInPast = new(
        "delivery.estimated_date_in_past", "The estimated delivery date cannot be in the past.", ErrorKind.Invalid, "estimated_date");

    public static readonly DomainError ReasonRequired = new(
        "delivery.reason_required", "A change of the estimated delivery date needs a reason for the customer.", ErrorKind.Invalid, "reason");

    public static readonly DomainError DocumentAlreadyLinked = new(
        "delivery.document_already_linked", "This document is already linked.", ErrorKind.Invalid, "url");

    public static readonly DomainError DocumentNotFound = DomainError.NotFound("document");

    public static DomainError MilestoneOutOfOrder(DeliveryMilestone? next) => new(
        "delivery.milestone_out_of_order",
        next is { } milestone ? $"The next milestone of this delivery is {milestone}." : "The delivery has passed every milestone.");

    public static readonly DomainError NotTested = new(
        "delivery.not_tested", "A delivery is released only after it was tested on the reference system.");

    public static readonly DomainError TicketsFrozen = new(
        "delivery.tickets_frozen", "The codeline is closed: the delivery's tickets can no longer change.");

    public static readonly DomainError TicketOfOtherOrganization = new(
        "delivery.ticket_of_other_organization", "A delivery carries only tickets of its own organisation.", ErrorKind.Invalid, "ticket");

    public static readonly DomainError TicketAlreadyIncluded = new("delivery.ticket_already_included", "The ticket is already in the delivery.");

    public static readonly DomainError TicketNotIncluded = new("delivery.ticket_not_included", "The ticket is not in the delivery.");

    public static readonly DomainError NotReleased = new("delivery.not_released", "The delivery has not been released yet.");

    public static DomainError WrongHostingMode(string verb) => new(
        "delivery.wrong_hosting_mode", $"The organisation's hosting mode does not allow to {verb}.");

    public static readonly DomainError NoStagingSystem = new("delivery.no_staging_system", "The organisation has no staging system.");

    public static readonly DomainError StagingFirst = new(
        "delivery.staging_first", "The staging system is updated first, and production after the customer's test phase.");

    public static readonly DomainError MaintenanceNotAnnounced = new(
        "delivery.maintenance_not_announced", "Announce the planned maintenance date before the installation.");

    public static readonly DomainError MaintenanceInPast = new(
        "delivery.maintenance_in_past", "The planned maintenance cannot be in the past.", ErrorKind.Invalid, "maintenance_time");

    public static readonly DomainError NothingToAnnounce = new(
        "delivery.nothing_to_announce", "Maintenance is announced for a released delivery, or for production after the staging installation.");
}
