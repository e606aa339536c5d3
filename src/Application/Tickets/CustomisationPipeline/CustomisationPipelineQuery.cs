using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.CustomisationPipeline;

/// <summary>An organisation's open Customisations by stage, from estimation to delivery (SPEC section 5).</summary>
public sealed record CustomisationPipelineQuery(Guid OrganizationId) : IQuery<Result<Pipeline>>;

/// <summary>A customisation as the pipeline shows it.</summary>
public sealed record PipelineTicket(long Id, string Title, TicketStatus Status, TicketStatus? StatusBeforeClarification, DateTimeOffset? ConceptApprovedAt, DateTimeOffset UpdatedAt)
{
    public CustomisationStage? Stage => CustomisationStages.Of(Status, StatusBeforeClarification, ConceptApprovedAt);
    public bool WaitingForCustomer => Status is TicketStatus.ClarificationRequired;
}

/// <summary>Every stage in pipeline order, each with its tickets; the sales contact is the one informed of estimation requests.</summary>
public sealed record Pipeline(Guid OrganizationId, string? SalesContactEmail, IReadOnlyList<(CustomisationStage Stage, IReadOnlyList<PipelineTicket> Tickets)> Stages);

public sealed class CustomisationPipelineHandler(ICurrentUser currentUser, IOrganizationRepository organizations, ITicketReports reports)
    : IQueryHandler<CustomisationPipelineQuery, Result<Pipeline>>
{
    public async ValueTask<Result<Pipeline>> Handle(CustomisationPipelineQuery query, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAgent && actor.OrganizationId != query.OrganizationId) return AccountErrors.OrganizationNotFound;
        if (await organizations.FindAsync(query.OrganizationId, cancellationToken) is not { } organization) return AccountErrors.OrganizationNotFound;
        var tickets = await reports.CustomisationsAsync(query.OrganizationId, actor, cancellationToken);
        var stages = Enum.GetValues<CustomisationStage>()
            .Select(stage => (stage, (IReadOnlyList<PipelineTicket>)tickets.Where(t => t.Stage == stage).ToList()))
            .ToList();
        return new Pipeline(organization.Id, organization.SalesContactEmail, stages);
    }
}
