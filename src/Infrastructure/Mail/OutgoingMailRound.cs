using ServiceDesk.Infrastructure.Outbox;

namespace ServiceDesk.Infrastructure.Mail;

/// <summary>One round of outgoing mail: address and render e-mails for every committed event, then send what is due.</summary>
public sealed class OutgoingMailRound(NotificationPlanner planner, MailDispatcher dispatcher)
{
    /// <summary>Returns how many messages were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        while (await planner.PlanAsync(cancellationToken) > 0) { }
        return await dispatcher.DispatchAsync(cancellationToken);
    }
}
