namespace ServiceDesk.Domain.Tickets;

/// <summary>Where an open Customisation stands in its pipeline (SPEC section 5).</summary>
public enum CustomisationStage
{
    EstimationInProgress = 1,
    EstimationAvailable = 2,
    /// <summary>Ordered, concept approved, work not yet started.</summary>
    Ordered = 3,
    /// <summary>Ordered, waiting for the customer to approve the consultant's concept.</summary>
    ConceptApproval = 4,
    InProgress = 5,
    DeliveryPending = 6,
}

public static class CustomisationStages
{
    /// <summary>The stage of a customisation, or null before estimation and once closed; one waiting for the customer keeps its stage.</summary>
    public static CustomisationStage? Of(TicketStatus status, TicketStatus? statusBeforeClarification, DateTimeOffset? conceptApprovedAt)
    {
        var current = status is TicketStatus.ClarificationRequired ? statusBeforeClarification : status;
        return current switch
        {
            TicketStatus.EstimationInProgress => CustomisationStage.EstimationInProgress,
            TicketStatus.EstimationAvailable => CustomisationStage.EstimationAvailable,
            TicketStatus.Ordered => conceptApprovedAt is null ? CustomisationStage.ConceptApproval : CustomisationStage.Ordered,
            TicketStatus.InProgress => CustomisationStage.InProgress,
            TicketStatus.DeliveryPending => CustomisationStage.DeliveryPending,
            _ => null,
        };
    }

    /// <summary>The statuses a customisation in the pipeline can have.</summary>
    public static readonly TicketStatus[] Statuses =
    [
        TicketStatus.EstimationInProgress, TicketStatus.EstimationAvailable, TicketStatus.Ordered,
        TicketStatus.InProgress, TicketStatus.DeliveryPending, TicketStatus.ClarificationRequired,
    ];
}
