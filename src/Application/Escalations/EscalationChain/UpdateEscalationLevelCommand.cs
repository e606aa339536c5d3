using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.EscalationChain;

/// <summary>An administrator replaces the named contacts of one level; when an etag is given it must match the level's version.</summary>
public sealed record UpdateEscalationLevelCommand(int Number, string? Etag, IReadOnlyList<EscalationContact> Contacts) : ICommand<Result<EscalationLevel>>;

public sealed class UpdateEscalationLevelValidator : AbstractValidator<UpdateEscalationLevelCommand>
{
    public UpdateEscalationLevelValidator()
    {
        RuleFor(c => c.Number).InclusiveBetween(0, Escalation.TopLevel).OverridePropertyName("name");
        RuleFor(c => c.Contacts.Count).LessThanOrEqualTo(EscalationLimits.ContactsPerLevel).OverridePropertyName("contacts");
        RuleForEach(c => c.Contacts).ChildRules(contact =>
        {
            contact.RuleFor(c => c.Name).NotEmpty().MaximumLength(EscalationLimits.Name).OverridePropertyName("display_name");
            contact.RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(EscalationLimits.Email).OverridePropertyName("email");
            contact.RuleFor(c => c.Language).IsInEnum().OverridePropertyName("language");
            contact.RuleFor(c => c.TimeZoneId).Must(TimeZones.IsKnown).WithMessage("Not a known IANA time zone.").OverridePropertyName("time_zone");
        }).OverridePropertyName("contacts");
    }
}

public sealed class UpdateEscalationLevelHandler(ICurrentUser currentUser, IEscalationChain chain, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<UpdateEscalationLevelCommand, Result<EscalationLevel>>
{
    public async ValueTask<Result<EscalationLevel>> Handle(UpdateEscalationLevelCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        var now = clock.GetUtcNow();
        var level = await chain.FindAsync(command.Number, cancellationToken);
        if (level is null)
        {
            var created = EscalationLevel.Create(command.Number, command.Contacts, now);
            if (created.IsFailure) return created.Error!;
            chain.Add(level = created.Value);
        }
        else
        {
            if (!string.IsNullOrEmpty(command.Etag) && command.Etag != EtagOf(level)) return AccessErrors.Conflict;
            var replaced = level.ReplaceContacts(actor, command.Contacts, now);
            if (replaced.IsFailure) return replaced.Error!;
        }
        var saved = await unitOfWork.SaveOrConflictAsync(cancellationToken, takenIsConflict: true);
        if (saved.IsFailure) return saved.Error!;
        return level;
    }

    public static string EtagOf(EscalationLevel level) => level.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
