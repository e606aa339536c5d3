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
/// ticket already has an open escalation, that one is raised to the next level.
/// </summary>
public sealed record EscalateTicketCommand(long TicketId, EscalationReason Reason, string Description) : ICommand<Result<EscalationView>>;

public sealed class EscalateTicketValidator : AbstractValidator<EscalateTicketCommand>
{
    public EscalateTicketValidator()
    {
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(EscalationLimits.Text);
    }
}

public sealed class EscalateTicketHandler(
    ICurrentUser currentUser,
    ITicketRepository tickets,
    TicketEscalations escalations,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<EscalateTicketCommand, Result<EscalationView>>
{
    public async ValueTask<Result<EscalationView>> Handle(EscalateTicketCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var ticket = await tickets.FindVisibleAsync(command.TicketId, actor, cancellationToken);
        if (ticket is null) return TicketNotFound.Error;
        var escalated = await escalations.EscalateAsync(ticket, actor, command.Reason, command.Description, clock.GetUtcNow(), cancellationToken);
        if (escalated.IsFailure) return escalated.Error!;
        // Someone escalated the same ticket at the same moment: their escalation stands; asking again raises it.
        var saved = await unitOfWork.SaveOrConflictAsync(cancellationToken, takenIsConflict: true);
        if (saved.IsFailure) return saved.Error!;
        return new EscalationView(escalated.Value, actor);
    }
}
