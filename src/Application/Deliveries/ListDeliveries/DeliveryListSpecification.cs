using Ardalis.Specification;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Application.Deliveries.ListDeliveries;

/// <summary>Where the previous page ended: the last row's creation time and id.</summary>
public sealed record DeliveryPosition(DateTimeOffset CreatedAt, Guid Id);

/// <summary>Filters of the delivery list: organisation, statuses, and a range of the estimated date (from inclusive, to exclusive).</summary>
public sealed record DeliveryListQuery
{
    public Guid? OrganizationId { get; init; }
    public IReadOnlyList<DeliveryStatus> Statuses { get; init; } = [];
    public DateOnly? EstimatedFrom { get; init; }
    public DateOnly? EstimatedTo { get; init; }
    public DeliveryPosition? After { get; init; }
}

/// <summary>The delivery list: what the viewer may see, the filters, newest first after the keyset position.</summary>
public sealed class DeliveryListSpecification : Specification<Delivery>
{
    public DeliveryListSpecification(DeliveryListQuery query, Actor viewer, int take)
    {
        Query.Where(DeliveryVisibility.For(viewer));
        if (query.OrganizationId is { } organizationId) Query.Where(d => d.OrganizationId == organizationId);
        if (query.Statuses.Count > 0) Query.Where(d => query.Statuses.Contains(d.Status));
        if (query.EstimatedFrom is { } from) Query.Where(d => d.EstimatedDate >= from);
        if (query.EstimatedTo is { } to) Query.Where(d => d.EstimatedDate < to);
        if (query.After is { } after)
        {
            var (afterCreated, afterId) = (after.CreatedAt, after.Id);
            Query.Where(d => d.CreatedAt < afterCreated || (d.CreatedAt == afterCreated && d.Id.CompareTo(afterId) < 0));
        }
        Query.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id);
        Query.Take(take);
    }
}
