namespace ServiceDesk.Domain.Tickets;

public enum TicketType
{
    // Intake types, chosen by the customer; the desk reclassifies before the ticket leaves In Review.
    Incident = 1,
    Request = 2,

    // Final types, set by the desk.
    SoftwareDefect = 3,
    NonSoftwareDefect = 4,
    ConsultingRequest = 5,
    SupportRequest = 6,
    Customisation = 7,
    Suggestion = 8,
    Delivery = 9,
}

public static class TicketTypeRules
{
    public static bool IsIntake(this TicketType type) => type is TicketType.Incident or TicketType.Request;

    /// <summary>Software and Non-Software Defects carry a priority and run the contract's SLA clocks.</summary>
    public static bool IsDefect(this TicketType type) => type is TicketType.SoftwareDefect or TicketType.NonSoftwareDefect;

    /// <summary>The types the desk may reclassify a ticket to. Delivery tickets are only created by deliveries.</summary>
    public static bool IsReclassificationTarget(this TicketType type) =>
        type is >= TicketType.SoftwareDefect and <= TicketType.Suggestion;
}
