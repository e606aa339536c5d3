using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Tickets;

public static class TicketNotFound
{
    public static readonly DomainError Error = DomainError.NotFound("ticket");
}
