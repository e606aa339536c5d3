using ServiceDesk.Infrastructure.Mail.Inbound;

namespace ServiceDesk.Api.Workers;

/// <summary>
/// Reads the support mailbox every <c>Workers:InboundMailInterval</c> (default 30 s). Where the server offers IDLE the
/// worker waits on it between rounds (up to 9 minutes, as RFC 2177 advises), so new mail is read as soon as it arrives.
/// </summary>
public sealed class InboundMailWorker(IServiceScopeFactory scopes, ILogger<InboundMailWorker> logger, IConfiguration configuration)
    : PeriodicWorker(scopes, logger, configuration.GetValue("Workers:InboundMailInterval", TimeSpan.FromSeconds(30)))
{
    private static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(9);

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var round = services.GetRequiredService<InboundMailRound>();
        await round.RunAsync(cancellationToken);
        await round.WaitForMailAsync(IdleLimit, cancellationToken);
    }
}
