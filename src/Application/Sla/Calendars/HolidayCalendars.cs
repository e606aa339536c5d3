using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Application.Sla.Calendars;

public static partial class HolidayCalendarLimits
{
    public const int Id = 40;
    public const int Name = 200;
    public const int Holidays = 400;

    /// <summary>Lower-case letters, digits and hyphens, as in <c>de-sl</c>: it appears in resource names.</summary>
    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    public static partial Regex IdPattern();
}

/// <summary>What an administrator writes: the calendar's name and its whole list of holidays.</summary>
public sealed record HolidayCalendarFields(string Name, IReadOnlyList<Holiday> Holidays);

public sealed record CreateHolidayCalendarCommand(string Id, HolidayCalendarFields Calendar) : ICommand<Result<HolidayCalendar>>;

/// <summary>Replaces the name and the list of holidays; clocks count with the new list from their next change on.</summary>
public sealed record UpdateHolidayCalendarCommand(string Id, string? Etag, HolidayCalendarFields Calendar) : ICommand<Result<HolidayCalendar>>;

public sealed record GetHolidayCalendarQuery(string Id) : IQuery<Result<HolidayCalendar>>;

public sealed record ListHolidayCalendarsQuery(int PageSize, string? PageToken) : IQuery<Result<Page<HolidayCalendar>>>;

public sealed class HolidayCalendarFieldsValidator : AbstractValidator<HolidayCalendarFields>
{
    public HolidayCalendarFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(HolidayCalendarLimits.Name).OverridePropertyName("display_name");
        RuleFor(c => c.Holidays.Count).LessThanOrEqualTo(HolidayCalendarLimits.Holidays).OverridePropertyName("holidays");
        RuleForEach(c => c.Holidays).ChildRules(h => h.RuleFor(x => x.Name).NotEmpty().MaximumLength(HolidayCalendarLimits.Name).OverridePropertyName("display_name"))
            .OverridePropertyName("holidays");
    }
}

public sealed class CreateHolidayCalendarValidator : AbstractValidator<CreateHolidayCalendarCommand>
{
    public CreateHolidayCalendarValidator()
    {
        RuleFor(c => c.Id).NotEmpty().MaximumLength(HolidayCalendarLimits.Id).Matches(HolidayCalendarLimits.IdPattern())
            .WithMessage("Use lower-case letters, digits and hyphens, such as de-sl.").OverridePropertyName("holiday_calendar_id");
        RuleFor(c => c.Calendar).SetValidator(new HolidayCalendarFieldsValidator()).OverridePropertyName("holiday_calendar");
    }
}

public sealed class UpdateHolidayCalendarValidator : AbstractValidator<UpdateHolidayCalendarCommand>
{
    public UpdateHolidayCalendarValidator() =>
        RuleFor(c => c.Calendar).SetValidator(new HolidayCalendarFieldsValidator()).OverridePropertyName("holiday_calendar");
}

public sealed class HolidayCalendarHandlers(ICurrentUser currentUser, IHolidayCalendarRepository calendars, IUnitOfWork unitOfWork)
    : ICommandHandler<CreateHolidayCalendarCommand, Result<HolidayCalendar>>,
      ICommandHandler<UpdateHolidayCalendarCommand, Result<HolidayCalendar>>,
      IQueryHandler<GetHolidayCalendarQuery, Result<HolidayCalendar>>,
      IQueryHandler<ListHolidayCalendarsQuery, Result<Page<HolidayCalendar>>>
{
    public static readonly DomainError NotFound = DomainError.NotFound("holiday_calendar");
    private static readonly DomainError Taken = new("holiday_calendar.exists", "A holiday calendar with this id exists already.", ErrorKind.Conflict, "holiday_calendar_id");

    public async ValueTask<Result<HolidayCalendar>> Handle(CreateHolidayCalendarCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return SlaErrors.AdministratorsOnly;
        if (await calendars.FindAsync(command.Id, cancellationToken) is not null) return Taken;
        var created = HolidayCalendar.Create(command.Id, command.Calendar.Name, command.Calendar.Holidays, currentUser.Actor);
        if (created.IsFailure) return created;
        calendars.Add(created.Value);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateRequestException)
        {
            return Taken;
        }
        return created;
    }

    public async ValueTask<Result<HolidayCalendar>> Handle(UpdateHolidayCalendarCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return SlaErrors.AdministratorsOnly;
        if (await calendars.FindAsync(command.Id, cancellationToken) is not { } calendar) return NotFound;
        if (!string.IsNullOrEmpty(command.Etag) && command.Etag != Etag(calendar)) return AccessErrors.Conflict;
        var replaced = calendar.Replace(command.Calendar.Name, command.Calendar.Holidays, currentUser.Actor);
        if (replaced.IsFailure) return replaced.Error!;
        var saved = await unitOfWork.SaveOrConflictAsync(cancellationToken);
        if (saved.IsFailure) return saved.Error!;
        return calendar;
    }

    /// <summary>Calendars are public data: anyone signed in may read them.</summary>
    public async ValueTask<Result<HolidayCalendar>> Handle(GetHolidayCalendarQuery query, CancellationToken cancellationToken) =>
        await calendars.FindAsync(query.Id, cancellationToken) is { } calendar ? calendar : NotFound;

    public async ValueTask<Result<Page<HolidayCalendar>>> Handle(ListHolidayCalendarsQuery query, CancellationToken cancellationToken)
    {
        var after = PageToken.Decode(query.PageToken, 1)?[0];
        var size = Paging.Size(query.PageSize);
        var rows = await calendars.ListAsync(after, size + 1, cancellationToken);
        var next = rows.Count > size ? PageToken.Encode(rows[size - 1].Id) : "";
        return new Page<HolidayCalendar>(rows.Take(size).ToList(), next);
    }

    public static string Etag(HolidayCalendar calendar) => calendar.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
