namespace ServiceDesk.Domain.Tickets;

public enum TicketStatus
{
    Opened = 1,
    PreCheck = 2,
    InReview = 3,
    /// <summary>Clarification Required / On Hold: waiting for the customer.</summary>
    ClarificationRequired = 4,
    InProgress = 5,
    DeliveryPending = 6,
    Resolved = 7,
    Closed = 8,
    EstimationInProgress = 9,
    EstimationAvailable = 10,
    Ordered = 11,
}
