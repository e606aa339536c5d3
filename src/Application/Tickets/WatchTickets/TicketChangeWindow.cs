using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets.ListTickets;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Tickets.WatchTickets;

/// <summary>
/// The change feed: the tickets a viewer may see that changed since a moment, oldest change first, read through the
/// overview's own specification (visibility, the (UpdatedAt, Id) index, keyset paging). A transaction stamps its
/// change time before it commits, and instances' clocks differ a little, so readers look back <see cref="Overlap"/>
/// before their cursor and drop what they already passed on.
/// </summary>
public static class TicketChangeWindow
{
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);

    private const int BatchSize = Common.Paging.MaxPageSize;

    public static async Task<List<TicketSummary>> ReadAsync(ITicketQueries queries, Actor viewer, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var changes = new List<TicketSummary>();
        var filter = new TicketListQuery { UpdatedFrom = since, Order = TicketOrder.UpdatedAscending };
        while (true)
        {
            var batch = await queries.ListAsync(new TicketListSpecification(filter, viewer, BatchSize), cancellationToken);
            changes.AddRange(batch);
            if (batch.Count < BatchSize) return changes;
            filter = filter with { After = new KeysetPosition(batch[^1].UpdatedAt, batch[^1].Id) };
        }
    }
}
