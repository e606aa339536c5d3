using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Domain.Sla;

/// <summary>How a clock counts: priorities 1 and 2 around the clock, 3 and 4 only in service hours.</summary>
public enum CountingMode
{
    AroundTheClock = 1,
    ServiceHours = 2,
}

public static class CountingModes
{
    /// <summary>A clock without a priority yet counts around the clock; its target is unknown anyway.</summary>
    public static CountingMode For(Priority? priority) =>
        priority is Priority.Major or Priority.Minor ? CountingMode.ServiceHours : CountingMode.AroundTheClock;
}

/// <summary>
/// An organisation's service hours (SPEC section 2): weekdays around the clock, never on weekends or its public holidays,
/// each day from midnight to midnight in the organisation's time zone. A day is as long as it really is, so a
/// daylight-saving change makes it 23 or 25 hours. All arithmetic is on instants; nothing here reads a clock.
/// </summary>
public sealed class ServiceCalendar(TimeZoneInfo zone, IReadOnlySet<DateOnly> holidays)
{
    public TimeZoneInfo Zone { get; } = zone;

    public static ServiceCalendar For(string timeZoneId, IEnumerable<DateOnly> holidays) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId), holidays.ToHashSet());

    public bool IsServiceDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>Whether the instant falls in service hours: a weekday that is no holiday, in the organisation's time zone.</summary>
    public bool IsServiceTime(DateTimeOffset at) => IsServiceDay(LocalDate(at));

    /// <summary>The time a clock of the given mode counts between two instants.</summary>
    public TimeSpan Count(DateTimeOffset from, DateTimeOffset to, CountingMode mode)
    {
        if (to <= from) return TimeSpan.Zero;
        if (mode is CountingMode.AroundTheClock) return to - from;
        var counted = TimeSpan.Zero;
        for (var cursor = from; cursor < to;)
        {
            var day = LocalDate(cursor);
            var end = Min(StartOf(day.AddDays(1)), to);
            if (IsServiceDay(day)) counted += end - cursor;
            cursor = end;
        }
        return counted;
    }

    /// <summary>The instant at which a clock of the given mode, counting from <paramref name="from"/>, has counted <paramref name="amount"/>.</summary>
    public DateTimeOffset Advance(DateTimeOffset from, TimeSpan amount, CountingMode mode)
    {
        if (amount <= TimeSpan.Zero) return from;
        if (mode is CountingMode.AroundTheClock) return from + amount;
        var remaining = amount;
        for (var cursor = from; ; )
        {
            var day = LocalDate(cursor);
            var end = StartOf(day.AddDays(1));
            if (IsServiceDay(day))
            {
                if (remaining <= end - cursor) return cursor + remaining;
                remaining -= end - cursor;
            }
            cursor = end;
        }
    }

    private DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>The instant the local day begins. Where midnight is skipped by a daylight-saving change the day begins at the change; where it repeats, at its first occurrence.</summary>
    private DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        while (Zone.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(15);
        var offset = Zone.IsAmbiguousTime(midnight) ? Zone.GetAmbiguousTimeOffsets(midnight).Max() : Zone.GetUtcOffset(midnight);
        return new DateTimeOffset(midnight, offset).ToUniversalTime();
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
