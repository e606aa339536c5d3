using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Deliveries;
using ServiceDesk.Application.Deliveries.ListDeliveries;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class DeliveryRepository(ServiceDeskDbContext db) : IDeliveryRepository
{
    // Split so the history, documents and ticket rows do not multiply each other's rows.
    private IQueryable<Delivery> WholeDeliveries => db.Deliveries
        .Include(d => d.Activities)
        .Include(d => d.Documents)
        .Include(d => d.Tickets)
        .AsSplitQuery();

    public Task<Delivery?> FindVisibleAsync(Guid id, Actor viewer, CancellationToken cancellationToken) =>
        WholeDeliveries.Where(DeliveryVisibility.For(viewer)).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<Delivery?> FindByRequestIdAsync(Guid createdById, string requestId, CancellationToken cancellationToken) =>
        WholeDeliveries.SingleOrDefaultAsync(d => d.CreatedById == createdById && d.RequestId == requestId, cancellationToken);

    public async Task<IReadOnlyList<Delivery>> ListAsync(DeliveryListSpecification specification, CancellationToken cancellationToken)
    {
        var deliveries = WhereEvaluator.Instance.GetQuery(db.Deliveries.AsNoTracking(), specification);
        deliveries = OrderEvaluator.Instance.GetQuery(deliveries, specification);
        deliveries = PaginationEvaluator.Instance.GetQuery(deliveries, specification);
        return await deliveries.ToListAsync(cancellationToken);
    }

    public void Add(Delivery delivery) => db.Deliveries.Add(delivery);
}
