using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Deliveries;

/// <summary>The tickets of a delivery: those that match it now, those it includes, and what a reader may see of them.</summary>
public sealed class DeliveryTickets(ITicketRepository tickets, ITicketQueries queries)
{
    public Task<IReadOnlyList<long>> MatchingAsync(Delivery delivery, CancellationToken cancellationToken) =>
        tickets.ListIdsAsync(delivery.Matches(), cancellationToken);

    public async Task<IReadOnlyList<long>> IncludedAsync(Delivery delivery, CancellationToken cancellationToken) =>
        delivery.IncludedTicketIds(delivery.TicketsFrozen ? [] : await MatchingAsync(delivery, cancellationToken));

    /// <summary>The included tickets, loaded for the delivery to move them on.</summary>
    public async Task<IReadOnlyList<Ticket>> LoadIncludedAsync(Delivery delivery, CancellationToken cancellationToken) =>
        await tickets.ListAsync(await IncludedAsync(delivery, cancellationToken), cancellationToken);

    public async Task<DeliveryView> ViewAsync(Delivery delivery, Actor viewer, CancellationToken cancellationToken)
    {
        var included = await IncludedAsync(delivery, cancellationToken);
        var mentioned = delivery.Activities.Where(a => a.TicketId is not null).Select(a => a.TicketId!.Value);
        var visible = await queries.ListVisibleAsync(included.Concat(mentioned).Distinct().ToList(), viewer, cancellationToken);
        var includedIds = included.ToHashSet();
        return new DeliveryView(delivery, visible.Where(t => includedIds.Contains(t.Id)).ToList(), visible.Select(t => t.Id).ToHashSet());
    }
}
