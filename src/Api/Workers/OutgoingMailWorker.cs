using ServiceDesk.Infrastructure.Mail;

namespace ServiceDesk.Api.Workers;

/// <summary>Turns committed events into addressed e-mails, then sends what is due (<c>Workers:OutgoingMailInterval</c>, default 10 s).</summary>
public sealed class OutgoingMailWorker(IServiceScopeFactory scopes, ILogger<OutgoingMailWorker> logger, IConfiguration configuration)
    : PeriodicWorker(scopes, logger, configuration.GetValue("Workers:OutgoingMailInterval", TimeSpan.FromSeconds(10)))
{
    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OutgoingMailRound>().RunAsync(cancellationToken);
}
