using ServiceDesk.Application.Deliveries.ListDeliveries;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Application.Abstractions;

/// <summary>Loads, lists and adds deliveries.</summary>
public interface IDeliveryRepository
{
    /// <summary>The delivery with its history, documents and ticket rows, only when <paramref name="viewer"/> may see it.</summary>
    Task<Delivery?> FindVisibleAsync(Guid id, Actor viewer, CancellationToken cancellationToken);

    /// <summary>The delivery a retried create already made.</summary>
    Task<Delivery?> FindByRequestIdAsync(Guid createdById, string requestId, CancellationToken cancellationToken);

    /// <summary>Evaluates the specification: filters, keyset order and page, without child rows.</summary>
    Task<IReadOnlyList<Delivery>> ListAsync(DeliveryListSpecification specification, CancellationToken cancellationToken);

    void Add(Delivery delivery);
}
