using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Application.Tickets.CustomisationPipeline;
using ServiceDesk.Application.Tickets.SuggestionReview;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Queries;

internal sealed class TicketReports(ServiceDeskDbContext db) : ITicketReports
{
    public async Task<IReadOnlyList<PipelineTicket>> CustomisationsAsync(Guid organizationId, Actor viewer, CancellationToken cancellationToken)
    {
        var statuses = CustomisationStages.Statuses;
        return await db.Tickets.AsNoTracking()
            .Where(TicketVisibility.For(viewer))
            .Where(t => t.OrganizationId == organizationId && t.Type == TicketType.Customisation && statuses.Contains(t.Status))
            .OrderBy(t => t.Id)
            .Select(t => new PipelineTicket(t.Id, t.Title, t.Status, t.StatusBeforeClarification, t.ConceptApprovedAt, t.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ResolvedSuggestion>> ResolvedSuggestionsAsync(DateTimeOffset from, DateTimeOffset to, Actor viewer,
        DateTimeOffset? afterResolvedAt, long? afterId, int take, CancellationToken cancellationToken)
    {
        var suggestions = db.Tickets.AsNoTracking()
            .Where(TicketVisibility.For(viewer))
            .Where(t => t.Type == TicketType.Suggestion && t.Resolution == Resolution.ForwardedToProductManagement
                && t.ResolvedAt >= from && t.ResolvedAt < to);
        if (afterResolvedAt is { } at)
        {
            var id = afterId ?? 0;
            suggestions = suggestions.Where(t => t.ResolvedAt > at || (t.ResolvedAt == at && t.Id > id));
        }
        return await (
            from t in suggestions.OrderBy(t => t.ResolvedAt).ThenBy(t => t.Id).Take(take)
            join o in db.Organizations on t.OrganizationId equals o.Id
            orderby t.ResolvedAt, t.Id
            select new ResolvedSuggestion(t.Id, o.Id, o.Name, t.Title, t.Description, t.ResolvedAt!.Value)).ToListAsync(cancellationToken);
    }
}
