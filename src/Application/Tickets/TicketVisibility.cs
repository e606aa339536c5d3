using System.Linq.Expressions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets;

/// <summary>
/// Who may see which ticket, as one query predicate used by every read and every change:
/// contacts see their own tickets, those shared with their organisation and those they participate in;
/// partners see their organisation's tickets they raised or that are shared; agents see everything but
/// confidential tickets, which only the support team of the organisation's region sees.
/// </summary>
public static class TicketVisibility
{
    public static Expression<Func<Ticket, bool>> For(Actor viewer)
    {
        var id = viewer.Id;
        var organizationId = viewer.OrganizationId;
        return viewer.Kind switch
        {
            ActorKind.Contact => t => t.OrganizationId == organizationId
                && (t.ReporterId == id || t.ShareWith == ShareWith.Organization || t.Participants.Any(p => p.AccountId == id)),
            ActorKind.Partner => t => t.OrganizationId == organizationId
                && (t.ReporterId == id || t.ShareWith == ShareWith.Organization),
            ActorKind.Agent when viewer.Team is { } team && viewer.IsSupportAgentOf(team) => t => !t.IsConfidential || t.ResponsibleTeam == team,
            ActorKind.Agent => t => !t.IsConfidential,
            ActorKind.System => t => true,
            _ => t => false,
        };
    }
}
