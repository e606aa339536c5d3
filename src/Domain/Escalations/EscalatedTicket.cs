using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Domain.Escalations;

/// <summary>What an escalation keeps of its ticket: the organisation and the region's team it is listed by.</summary>
public sealed record EscalatedTicket(long Id, Guid OrganizationId, SupportTeam Team, bool IsClosed)
{
    public static EscalatedTicket Of(Ticket ticket) =>
        new(ticket.Id, ticket.OrganizationId, ticket.ResponsibleTeam, ticket.Status is TicketStatus.Closed);
}
