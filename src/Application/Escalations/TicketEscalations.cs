using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Escalations;

/// <summary>
/// Escalating a ticket, by a person or on an SLA breach: a ticket has at most one open escalation, so a further request
/// raises the open one to the next level instead of opening another. Each level is owned by its first contact. The
/// caller's request id, when given, is kept with the step it makes, so that a retry can find it.
/// </summary>
public sealed class TicketEscalations(IEscalationRepository escalations, EscalationLevelContacts contacts)
{
    public async Task<Result<Escalation>> EscalateAsync(Ticket ticket, Actor actor, EscalationReason reason, string description, string? requestId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await escalations.FindOpenAsync(ticket.Id, cancellationToken) is { } open)
        {
            var raised = await RaiseAsync(open, actor, reason, description, requestId, now, cancellationToken);
            return raised.IsSuccess ? open : raised.Error!;
        }
        var owner = await contacts.OwnerAsync(0, ticket.OrganizationId, ticket.ResponsibleTeam, cancellationToken);
        var opened = Escalation.Open(EscalatedTicket.Of(ticket), actor, reason, description, owner, now, requestId);
        if (opened.IsSuccess) escalations.Add(opened.Value);
        return opened;
    }

    public async Task<Result> RaiseAsync(Escalation escalation, Actor actor, EscalationReason reason, string why, string? requestId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var owner = escalation.NextLevel is { } next
            ? await contacts.OwnerAsync(next, escalation.OrganizationId, escalation.Team, cancellationToken)
            : null;
        return escalation.Raise(actor, reason, why, owner, now, requestId);
    }
}
