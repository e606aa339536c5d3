using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Sla;

/// <summary>A region's public holidays, assigned to organisations through their contract. Data, managed by administrators.</summary>
public sealed class HolidayCalendar : AggregateRoot
{
    private readonly List<Holiday> _holidays = [];

    /// <summary>A short code such as <c>de-sl</c> (Saarland): the resource name is <c>holidayCalendars/de-sl</c>.</summary>
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int Version { get; private set; }
    public IReadOnlyList<Holiday> Holidays => _holidays;

    private HolidayCalendar() { }

    public static Result<HolidayCalendar> Create(string id, string name, IReadOnlyCollection<Holiday> holidays, Actor administrator)
    {
        var calendar = new HolidayCalendar { Id = id };
        var replaced = calendar.Replace(name, holidays, administrator);
        return replaced.IsSuccess ? calendar : replaced.Error!;
    }

    /// <summary>Replaces the name and the whole list of holidays.</summary>
    public Result Replace(string name, IReadOnlyCollection<Holiday> holidays, Actor administrator)
    {
        if (!administrator.IsAdministrator && administrator.Kind is not ActorKind.System) return SlaErrors.AdministratorsOnly;
        if (holidays.DistinctBy(h => h.Date).Count() != holidays.Count) return SlaErrors.DuplicateHoliday;
        Name = name.Trim();
        _holidays.Clear();
        _holidays.AddRange(holidays.OrderBy(h => h.Date));
        Version++;
        return Result.Success;
    }

    public IReadOnlySet<DateOnly> HolidayDates() => _holidays.Select(h => h.Date).ToHashSet();
}

public sealed record Holiday(DateOnly Date, string Name);
