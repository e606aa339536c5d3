using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.GetEscalation;

/// <summary>An escalation of a ticket the caller may see; any other is NOT_FOUND, so that its existence stays secret.</summary>
public sealed record GetEscalationQuery(Guid Id) : IQuery<Result<EscalationView>>;

public sealed class GetEscalationHandler(ICurrentUser currentUser, IEscalationRepository escalations) : IQueryHandler<GetEscalationQuery, Result<EscalationView>>
{
    public async ValueTask<Result<EscalationView>> Handle(GetEscalationQuery query, CancellationToken cancellationToken)
    {
        var escalation = await escalations.FindVisibleAsync(query.Id, currentUser.Actor, cancellationToken);
        return escalation is null ? EscalationErrors.NotFound : new EscalationView(escalation, currentUser.Actor);
    }
}
