using Ardalis.Specification;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.ListTickets;

/// <summary>
/// The overview query: what the viewer may see, the filters, the order and the keyset position, projected to rows.
/// The keyword is matched by the database's full-text index, which the query service applies.
/// </summary>
public sealed class TicketListSpecification : Specification<Ticket, TicketSummary>
{
    public string? Keyword { get; }

    public TicketListSpecification(TicketListQuery query, Actor viewer, int take)
    {
        Keyword = string.IsNullOrWhiteSpace(query.Keyword) ? null : query.Keyword.Trim();
        Query.Where(TicketVisibility.For(viewer));
        ApplyScope(query.Scope, viewer);
        ApplyFilters(query);
        ApplyOrderAndKeyset(query.Order, query.After);
        Query.Take(take);
        Query.Select(TicketSummaries.Projection);
    }

    private void ApplyScope(TicketScope scope, Actor viewer)
    {
        if (!viewer.IsCustomer) return;
        var me = viewer.Id;
        if (scope is TicketScope.Mine) Query.Where(t => t.ReporterId == me);
        if (scope is TicketScope.MyOrganization) Query.Where(t => t.ReporterId != me);
    }

    private void ApplyFilters(TicketListQuery q)
    {
        if (q.Statuses.Count > 0) Query.Where(t => q.Statuses.Contains(t.Status));
        if (q.Types.Count > 0) Query.Where(t => q.Types.Contains(t.Type));
        if (q.Priorities.Count > 0) Query.Where(t => t.Priority != null && q.Priorities.Contains(t.Priority.Value));
        if (q.OrganizationId is { } organizationId) Query.Where(t => t.OrganizationId == organizationId);
        if (q.ReporterId is { } reporterId) Query.Where(t => t.ReporterId == reporterId);
        if (q.AssigneeId is { } assigneeId) Query.Where(t => t.AssigneeId == assigneeId);
        if (q.CreatedFrom is { } createdFrom) Query.Where(t => t.CreatedAt >= createdFrom);
        if (q.CreatedTo is { } createdTo) Query.Where(t => t.CreatedAt < createdTo);
        if (q.UpdatedFrom is { } updatedFrom) Query.Where(t => t.UpdatedAt >= updatedFrom);
        if (q.UpdatedTo is { } updatedTo) Query.Where(t => t.UpdatedAt < updatedTo);
        if (q.SlaDueBefore is { } slaDueBefore) Query.Where(t => t.SlaDueAt <= slaDueBefore);
    }

    // Ticket numbers grow with creation, so creation order is id order and needs no timestamp in the keyset.
    private void ApplyOrderAndKeyset(TicketOrder order, KeysetPosition? after)
    {
        var afterId = after?.Id ?? 0;
        var afterValue = after?.SortValue ?? default;
        switch (order)
        {
            case TicketOrder.CreatedAscending:
                if (after is not null) Query.Where(t => t.Id > afterId);
                Query.OrderBy(t => t.Id);
                break;
            case TicketOrder.UpdatedDescending:
                if (after is not null) Query.Where(t => t.UpdatedAt < afterValue || (t.UpdatedAt == afterValue && t.Id < afterId));
                Query.OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id);
                break;
            case TicketOrder.UpdatedAscending:
                if (after is not null) Query.Where(t => t.UpdatedAt > afterValue || (t.UpdatedAt == afterValue && t.Id > afterId));
                Query.OrderBy(t => t.UpdatedAt).ThenBy(t => t.Id);
                break;
            case TicketOrder.SlaDueAscending:
                Query.Where(t => t.SlaDueAt != null);
                if (after is not null) Query.Where(t => t.SlaDueAt > afterValue || (t.SlaDueAt == afterValue && t.Id > afterId));
                Query.OrderBy(t => t.SlaDueAt).ThenBy(t => t.Id);
                break;
            default:
                if (after is not null) Query.Where(t => t.Id < afterId);
                Query.OrderByDescending(t => t.Id);
                break;
        }
    }
}
