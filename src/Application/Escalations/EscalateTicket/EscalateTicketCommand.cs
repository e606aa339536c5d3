using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.EscalateTicket;

/// <summary>
/// A contact, or an agent on a contact's behalf, escalates a ticket they may see: it opens at level 0, or, when the
/// ticket already has an open escalation, that one is raised to the next level. A retry with the same request id returns
/// the escalation the first request opened or raised, without raising it again.
/// </summary>
public sealed record EscalateTicketCommand(long TicketId, EscalationReason Reason, string Description, string? RequestId = null) : ICommand<Result<EscalationView>>;

public sealed class EscalateTicketValidator : AbstractValidator<EscalateTicketCommand>
{
    public EscalateTicketValidator()
    {
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(EscalationLimits.Text);
        RuleFor(c => c.RequestId).MaximumLength(EscalationLimits.RequestId);
    }
}

public sealed class EscalateTicketHandler(
    ICurrentUser currentUser,
    ITicketRepository tickets,
    IEscalationRepository escalations,
    TicketEscalations ticketEscalations,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<EscalateTicketCommand, Result<EscalationView>>
{
    public static readonly DomainError RequestIdOfAnotherTicket =
        DomainError.Invalid("request_id", "This request id already escalated another ticket; send a new one for each escalation.");

    public async ValueTask<Result<EscalationView>> Handle(EscalateTicketCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var ticket = await tickets.FindVisibleAsync(command.TicketId, actor, cancellationToken);
        if (ticket is null) return TicketNotFound.Error;
        if (await FirstAsync(command, actor, cancellationToken) is { } retried) return retried;

        var escalated = await ticketEscalations.EscalateAsync(ticket, actor, command.Reason, command.Description, command.RequestId, clock.GetUtcNow(), cancellationToken);
        if (escalated.IsFailure) return escalated.Error!;
        // Someone escalated the same ticket at the same moment: their escalation stands; asking again raises it. When that
        // was a retry of this very request, its escalation is the answer.
        var saved = await unitOfWork.SaveOrConflictAsync(cancellationToken, takenIsConflict: true);
        if (saved.IsFailure) return await FirstAsync(command, actor, cancellationToken) ?? saved.Error!;
        return new EscalationView(escalated.Value, actor);
    }

    /// <summary>The answer to an earlier request with the same id, or null when there was none.</summary>
    private async Task<Result<EscalationView>?> FirstAsync(EscalateTicketCommand command, Actor actor, CancellationToken cancellationToken)
    {
        if (command.RequestId is null) return null;
        var first = await escalations.FindByRequestIdAsync(actor.Id, command.RequestId, cancellationToken);
        if (first is null) return null;
        return first.TicketId == command.TicketId ? new EscalationView(first, actor) : RequestIdOfAnotherTicket;
    }
}
