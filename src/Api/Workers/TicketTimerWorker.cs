using ServiceDesk.Application.Sla.Timers;

namespace ServiceDesk.Api.Workers;

/// <summary>Sweeps the ticket timers (SLA breaches, reminders, automatic closes) every <c>Sla:SweepInterval</c> (default one minute).</summary>
public sealed class TicketTimerWorker(IServiceScopeFactory scopes, ILogger<TicketTimerWorker> logger, IConfiguration configuration)
    : PeriodicWorker(scopes, logger, configuration.GetValue("Sla:SweepInterval", TimeSpan.FromMinutes(1)))
{
    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TicketTimerSweep>().RunAsync(cancellationToken);
}
