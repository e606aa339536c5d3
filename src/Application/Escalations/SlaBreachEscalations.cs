using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Escalations;

/// <summary>
/// SLA breaches escalate by themselves (SPEC section 9): every breach a ticket records in the change being saved opens
/// the ticket's escalation at level 0, or raises the open one, in the same transaction as the breach. A breach is
/// recorded once per clock and the ticket's row version (and the sweep's row lock) lets only one instance save it, so
/// each breach escalates exactly once (docs/adr/0060-escalations-in-the-breach-transaction.md).
/// </summary>
public sealed class SlaBreachEscalations(TicketEscalations escalations)
{
    /// <summary>Call after the ticket's clocks were brought up to date and before the unit of work saves.</summary>
    public async Task EscalateAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var breach in ticket.DomainEvents.OfType<SlaClockBreached>().ToList())
        {
            var reason = breach.Clock is SlaClockKind.Reaction ? EscalationReason.ReactionTimeExceeded : EscalationReason.RestorationTimeExceeded;
            var description = $"{breach.Clock} time of priority {(int)breach.Priority} exceeded: it was due {breach.DueAt:yyyy-MM-dd HH:mm} UTC.";
            // An escalation at the board has no higher level: the breach stays visible in the ticket's activity.
            await escalations.EscalateAsync(ticket, Actor.System, reason, description, null, now, cancellationToken);
        }
    }
}
