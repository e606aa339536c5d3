namespace ServiceDesk.Api.Workers;

/// <summary>
/// Runs one round of background work every interval, each round in a scope of its own, until the host stops.
/// A failed round is logged and the next one tries again. The rounds themselves live in the application or
/// infrastructure, so tests call them directly with a fake clock instead of waiting for a timer.
/// </summary>
public abstract class PeriodicWorker(IServiceScopeFactory scopes, ILogger logger, TimeSpan interval) : BackgroundService
{
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "{Worker} failed; it runs again in {Interval}", GetType().Name, interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class WorkerRegistration
{
    /// <summary>Registers a worker unless <c>Workers:Enabled</c> is false (the functional tests drive rounds themselves).</summary>
    public static IServiceCollection AddWorker<TWorker>(this IServiceCollection services, IConfiguration configuration)
        where TWorker : PeriodicWorker
    {
        if (configuration.GetValue("Workers:Enabled", true)) services.AddHostedService<TWorker>();
        return services;
    }
}
