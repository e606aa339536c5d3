using Microsoft.Extensions.Logging;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Escalations;

namespace ServiceDesk.Application.Sla.Timers;

/// <summary>
/// One round of the ticket timers: every ticket with something due (an SLA breach, a reminder, an automatic close) is
/// claimed in batches and run through <see cref="Domain.Tickets.Ticket.RunDueTimers"/>; a breach escalates in the same batch
/// (<see cref="SlaBreachEscalations"/>). Idempotent: a ticket whose
/// timer another instance already handled is no longer due. The background worker calls it every interval; tests call it directly.
/// </summary>
public sealed class TicketTimerSweep(
    IDueTicketTimers dueTimers, SlaTermsSource sla, SlaBreachEscalations breaches, TimeProvider clock, ILogger<TicketTimerSweep> logger)
{
    /// <summary>Sweeps until nothing due is left unclaimed; returns how many tickets were handled.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken, int? batchSize = null)
    {
        var now = clock.GetUtcNow();
        var size = batchSize ?? dueTimers.BatchSize;
        var handled = 0;
        int claimed;
        do
        {
            claimed = await dueTimers.ProcessBatchAsync(now, size, async (ticket, ct) =>
            {
                ticket.RunDueTimers(await sla.ForAsync(ticket.OrganizationId, ct), now);
                await breaches.EscalateAsync(ticket, now, ct);
            }, cancellationToken);
            handled += claimed;
        }
        while (claimed == size);
        if (handled > 0) logger.LogInformation("Ticket timers: {Count} tickets handled", handled);
        return handled;
    }
}
