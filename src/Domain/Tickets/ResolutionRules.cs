namespace ServiceDesk.Domain.Tickets;

/// <summary>Which resolution fits which type from which status (SPEC section 5).</summary>
public static class ResolutionRules
{
    public static bool Allows(TicketType type, TicketStatus status, Resolution resolution)
    {
        var working = status is TicketStatus.InReview or TicketStatus.InProgress;
        return (type, resolution) switch
        {
            (TicketType.SoftwareDefect, Resolution.NoDefect or Resolution.WontFix) => working,
            (TicketType.SoftwareDefect, Resolution.Fixed) => status is TicketStatus.DeliveryPending,
            (TicketType.NonSoftwareDefect, Resolution.Fixed) => status is TicketStatus.InProgress,
            (TicketType.NonSoftwareDefect, Resolution.NoDefect) => working,
            (TicketType.ConsultingRequest, Resolution.Answered) => working,
            (TicketType.ConsultingRequest, Resolution.Fixed) => status is TicketStatus.DeliveryPending,
            (TicketType.SupportRequest, Resolution.Answered) => working,
            (TicketType.Suggestion, Resolution.ForwardedToProductManagement) => status is TicketStatus.InReview,
            _ => false,
        };
    }
}
