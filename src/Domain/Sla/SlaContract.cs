using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Sla;

/// <summary>
/// One version of an organisation's SLA contract: its targets and its holiday calendar, in force from a moment on.
/// A change is a new version, so clocks that started under the old one keep their targets (docs/adr/0010-sla-clocks.md).
/// </summary>
public sealed class SlaContract : AggregateRoot
{
    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public DateTimeOffset EffectiveFrom { get; private set; }
    public SlaTargets Targets { get; private set; } = null!;
    /// <summary>The organisation's public holidays; none when null.</summary>
    public string? HolidayCalendarId { get; private set; }
    public Guid ChangedById { get; private set; }

    private SlaContract() { }

    public static Result<SlaContract> Agree(Guid organizationId, SlaTargets targets, string? holidayCalendarId, Actor administrator, DateTimeOffset now)
    {
        if (!administrator.IsAdministrator) return SlaErrors.AdministratorsOnly;
        foreach (var (priority, target) in targets.All)
        {
            if (target.Reaction <= TimeSpan.Zero || target.Restoration <= TimeSpan.Zero)
                return DomainError.Invalid($"targets.p{(int)priority}", "Targets are positive durations.");
            if (target.Reaction > target.Restoration)
                return DomainError.Invalid($"targets.p{(int)priority}.reaction", "The reaction time cannot exceed the restoration time.");
        }
        return new SlaContract
        {
            Id = Guid.NewGuid(),
            OrganizationId = organizationId,
            EffectiveFrom = now,
            Targets = targets,
            HolidayCalendarId = holidayCalendarId,
            ChangedById = administrator.Id,
        };
    }
}

public static class SlaErrors
{
    public static readonly DomainError AdministratorsOnly = new("sla.administrators_only", "Only administrators manage contracts and calendars.", ErrorKind.Forbidden);

    public static readonly DomainError DuplicateHoliday = new("holiday_calendar.duplicate_date", "A date is listed twice.", ErrorKind.Invalid, "holidays");

    public static readonly DomainError NotDue = new("ticket.timer_not_due", "Nothing is due on this ticket yet.");

    public static readonly DomainError SystemOnly = new("ticket.system_only", "Only the service's own timers do this.", ErrorKind.Forbidden);
}
