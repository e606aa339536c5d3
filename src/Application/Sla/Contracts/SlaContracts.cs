using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Application.Sla.Calendars;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Application.Sla.Contracts;

/// <summary>The contract in force for an organisation; <see cref="Current"/> is null while the defaults apply.</summary>
public sealed record SlaContractView(Guid OrganizationId, SlaTargets Targets, string? HolidayCalendarId, SlaContract? Current);

/// <summary>Agents read every organisation's contract; a contact or partner only their own.</summary>
public sealed record GetSlaContractQuery(Guid OrganizationId) : IQuery<Result<SlaContractView>>;

/// <summary>A new version of the contract, in force from now: clocks that started before keep their targets.</summary>
public sealed record UpdateSlaContractCommand(Guid OrganizationId, SlaTargets Targets, string? HolidayCalendarId) : ICommand<Result<SlaContractView>>;

public sealed class UpdateSlaContractValidator : AbstractValidator<UpdateSlaContractCommand>
{
    public UpdateSlaContractValidator()
    {
        var target = new SlaTargetValidator();
        RuleFor(c => c.Targets.P1).SetValidator(target).OverridePropertyName("targets.p1");
        RuleFor(c => c.Targets.P2).SetValidator(target).OverridePropertyName("targets.p2");
        RuleFor(c => c.Targets.P3).SetValidator(target).OverridePropertyName("targets.p3");
        RuleFor(c => c.Targets.P4).SetValidator(target).OverridePropertyName("targets.p4");
        RuleFor(c => c.HolidayCalendarId).MaximumLength(HolidayCalendarLimits.Id).OverridePropertyName("holiday_calendar");
    }

    private sealed class SlaTargetValidator : AbstractValidator<SlaTarget>
    {
        private static readonly TimeSpan Longest = TimeSpan.FromDays(366);

        public SlaTargetValidator()
        {
            RuleFor(t => t.Reaction).GreaterThan(TimeSpan.Zero).LessThanOrEqualTo(Longest).OverridePropertyName("reaction");
            RuleFor(t => t.Restoration).GreaterThan(TimeSpan.Zero).LessThanOrEqualTo(Longest).OverridePropertyName("restoration");
        }
    }
}

public sealed class SlaContractHandlers(
    ICurrentUser currentUser,
    IOrganizationRepository organizations,
    ISlaContractRepository contracts,
    IHolidayCalendarRepository calendars,
    IUnitOfWork unitOfWork,
    SlaDefaults defaults,
    TimeProvider clock)
    : IQueryHandler<GetSlaContractQuery, Result<SlaContractView>>,
      ICommandHandler<UpdateSlaContractCommand, Result<SlaContractView>>
{
    private static readonly DomainError CalendarNotFound =
        new("holiday_calendar.not_found", "The holiday calendar was not found.", ErrorKind.Invalid, "holiday_calendar");

    public async ValueTask<Result<SlaContractView>> Handle(GetSlaContractQuery query, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAgent && actor.OrganizationId != query.OrganizationId) return AccountErrors.OrganizationNotFound;
        if (await organizations.FindAsync(query.OrganizationId, cancellationToken) is null) return AccountErrors.OrganizationNotFound;
        var history = await contracts.HistoryAsync(query.OrganizationId, cancellationToken);
        return View(query.OrganizationId, history.Count > 0 ? history[^1] : null);
    }

    public async ValueTask<Result<SlaContractView>> Handle(UpdateSlaContractCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return SlaErrors.AdministratorsOnly;
        if (await organizations.FindAsync(command.OrganizationId, cancellationToken) is null) return AccountErrors.OrganizationNotFound;
        if (command.HolidayCalendarId is { } calendarId && await calendars.FindAsync(calendarId, cancellationToken) is null) return CalendarNotFound;
        var agreed = SlaContract.Agree(command.OrganizationId, command.Targets, command.HolidayCalendarId, currentUser.Actor, clock.GetUtcNow());
        if (agreed.IsFailure) return agreed.Error!;
        contracts.Add(agreed.Value);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return View(command.OrganizationId, agreed.Value);
    }

    private SlaContractView View(Guid organizationId, SlaContract? current) =>
        new(organizationId, current?.Targets ?? defaults.ToTargets(), current?.HolidayCalendarId, current);
}
