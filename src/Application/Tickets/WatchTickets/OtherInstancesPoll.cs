using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Tickets.WatchTickets;

/// <summary>
/// Commits of other instances (or of other processes on the same database) do not reach this instance's signal.
/// One round reads the versions changed in the recent window, the same for all watchers, and wakes them when one
/// is new: a cheap indexed read per round, whatever the number of watchers.
/// </summary>
public sealed class OtherInstancesPoll(ITicketChangeSignal signal, TimeProvider time)
{
    private HashSet<(long Id, int Version)> _known = [];

    public async Task RunOnceAsync(ITicketQueries queries, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - TicketChangeWindow.Overlap;
        var recent = (await TicketChangeWindow.ReadAsync(queries, Actor.System, since, cancellationToken))
            .Select(t => (t.Id, t.Version))
            .ToHashSet();
        if (!recent.IsSubsetOf(_known)) signal.Notify();
        _known = recent;
    }
}
