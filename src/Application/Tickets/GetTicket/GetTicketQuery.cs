using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Sla;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Tickets.GetTicket;

/// <summary>A ticket the caller may see; any other is NOT_FOUND, so that its existence stays secret.</summary>
public sealed record GetTicketQuery(long Id) : IQuery<Result<TicketView>>;

public sealed class GetTicketHandler(ICurrentUser currentUser, ITicketRepository tickets, SlaTermsSource sla, TimeProvider clock) : IQueryHandler<GetTicketQuery, Result<TicketView>>
{
    public async ValueTask<Result<TicketView>> Handle(GetTicketQuery query, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindVisibleAsync(query.Id, currentUser.Actor, cancellationToken);
        if (ticket is null) return TicketNotFound.Error;
        return await sla.ViewAsync(ticket, currentUser.Actor, clock.GetUtcNow(), cancellationToken);
    }
}
