using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets.WatchTickets;

namespace ServiceDesk.Api.Workers;

/// <summary>Once a second: wakes this instance's ticket watchers when another instance changed a ticket.</summary>
public sealed class OtherInstancesChangesWorker(IServiceScopeFactory scopes, OtherInstancesPoll poll, ILogger<OtherInstancesChangesWorker> logger)
    : PeriodicWorker(scopes, logger, TimeSpan.FromSeconds(1))
{
    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        poll.RunOnceAsync(services.GetRequiredService<ITicketQueries>(), cancellationToken);
}
