using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.EscalationChain;

/// <summary>The escalation chain, levels 0 to 3, with their named contacts (agents).</summary>
public sealed record ListEscalationLevelsQuery : IQuery<Result<IReadOnlyList<EscalationLevel>>>;

public sealed class ListEscalationLevelsHandler(ICurrentUser currentUser, IEscalationChain chain)
    : IQueryHandler<ListEscalationLevelsQuery, Result<IReadOnlyList<EscalationLevel>>>
{
    public async ValueTask<Result<IReadOnlyList<EscalationLevel>>> Handle(ListEscalationLevelsQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAgent) return AccessErrors.AgentsOnly;
        return Result<IReadOnlyList<EscalationLevel>>.From(await chain.ListAsync(cancellationToken));
    }
}
