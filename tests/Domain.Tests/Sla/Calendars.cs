using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Domain.Tests.Sla;

/// <summary>Service calendars and SLA terms for the tests: the default targets are 30 min / 4 h (P1), 1 h / 8 h (P2), 8 h / 5 days (P3), 1 day / 20 days (P4).</summary>
public static class Calendars
{
    public static readonly SlaTargets Defaults = new(
        new SlaTarget(TimeSpan.FromMinutes(30), TimeSpan.FromHours(4)),
        new SlaTarget(TimeSpan.FromHours(1), TimeSpan.FromHours(8)),
        new SlaTarget(TimeSpan.FromHours(8), TimeSpan.FromDays(5)),
        new SlaTarget(TimeSpan.FromDays(1), TimeSpan.FromDays(20)));

    public static ServiceCalendar Berlin(params string[] holidays) => ServiceCalendar.For("Europe/Berlin", holidays.Select(DateOnly.Parse));

    public static ServiceCalendar Singapore => ServiceCalendar.For("Asia/Singapore", []);

    public static SlaTerms Terms(ServiceCalendar? calendar = null, params SlaContract[] contracts) =>
        new(calendar ?? Berlin(), contracts, Defaults);

    public static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);
}
