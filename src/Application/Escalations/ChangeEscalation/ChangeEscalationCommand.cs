using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.ChangeEscalation;

/// <summary>Every change to an escalation of a ticket the caller may see; when an etag is given it must match the current version.</summary>
public sealed record ChangeEscalationCommand(Guid Id, string? Etag, EscalationChange Change) : ICommand<Result<EscalationView>>;

public sealed class ChangeEscalationValidator : AbstractValidator<ChangeEscalationCommand>
{
    public ChangeEscalationValidator()
    {
        When(c => c.Change is RaiseEscalation, () =>
        {
            RuleFor(c => ((RaiseEscalation)c.Change).Reason).IsInEnum().OverridePropertyName("reason");
            RuleFor(c => ((RaiseEscalation)c.Change).Why).NotEmpty().MaximumLength(EscalationLimits.Text).OverridePropertyName("description");
        });
        When(c => c.Change is AddEscalationNote, () =>
            RuleFor(c => ((AddEscalationNote)c.Change).Text).NotEmpty().MaximumLength(EscalationLimits.Text).OverridePropertyName("text"));
        When(c => c.Change is ResolveEscalation, () =>
            RuleFor(c => ((ResolveEscalation)c.Change).Outcome).NotEmpty().MaximumLength(EscalationLimits.Text).OverridePropertyName("outcome"));
    }
}

public sealed class ChangeEscalationHandler(
    ICurrentUser currentUser,
    IEscalationRepository escalations,
    TicketEscalations ticketEscalations,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<ChangeEscalationCommand, Result<EscalationView>>
{
    public async ValueTask<Result<EscalationView>> Handle(ChangeEscalationCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var escalation = await escalations.FindVisibleAsync(command.Id, actor, cancellationToken);
        if (escalation is null) return EscalationErrors.NotFound;
        var view = new EscalationView(escalation, actor);
        if (!string.IsNullOrEmpty(command.Etag) && command.Etag != view.Etag) return AccessErrors.Conflict;

        var applied = await command.Change.ApplyAsync(escalation, new EscalationChangeContext(actor, clock.GetUtcNow(), ticketEscalations), cancellationToken);
        if (applied.IsFailure) return applied.Error!;
        var saved = await unitOfWork.SaveOrConflictAsync(cancellationToken);
        if (saved.IsFailure) return saved.Error!;
        return view;
    }
}
