using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.GetEscalation;

/// <summary>The escalation shown on a ticket: its open one, else its latest. NOT_FOUND for a ticket the caller may not see or one never escalated.</summary>
public sealed record GetTicketEscalationQuery(long TicketId) : IQuery<Result<EscalationView>>;

public sealed class GetTicketEscalationHandler(ICurrentUser currentUser, ITicketRepository tickets, IEscalationRepository escalations)
    : IQueryHandler<GetTicketEscalationQuery, Result<EscalationView>>
{
    public async ValueTask<Result<EscalationView>> Handle(GetTicketEscalationQuery query, CancellationToken cancellationToken)
    {
        if (await tickets.FindVisibleAsync(query.TicketId, currentUser.Actor, cancellationToken) is null) return TicketNotFound.Error;
        var escalation = await escalations.FindCurrentAsync(query.TicketId, cancellationToken);
        return escalation is null ? EscalationErrors.NotFound : new EscalationView(escalation, currentUser.Actor);
    }
}
