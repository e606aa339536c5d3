using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Tickets.GetTicket;

/// <summary>A ticket the caller may see; any other is NOT_FOUND, so that its existence stays secret.</summary>
public sealed record GetTicketQuery(long Id) : IQuery<Result<TicketView>>;

public sealed class GetTicketHandler(ICurrentUser currentUser, ITicketRepository tickets) : IQueryHandler<GetTicketQuery, Result<TicketView>>
{
    public async ValueTask<Result<TicketView>> Handle(GetTicketQuery query, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindVisibleAsync(query.Id, currentUser.Actor, cancellationToken);
        return ticket is null ? TicketNotFound.Error : new TicketView(ticket, currentUser.Actor);
    }
}
