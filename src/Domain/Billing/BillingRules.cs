using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Domain.Billing;

/// <summary>
/// Which month's statement bills an entry (SPEC section 10), with month boundaries in the organisation's time zone:
/// department effort in the month it was performed; support-team effort in the month its ticket was closed.
/// An entry is never billed in a month that had ended before it was logged: it goes into the month it was logged
/// instead, so a statement, once its month is over, never changes (docs/adr/0040).
/// </summary>
public static class BillingRules
{
    /// <summary>The month, or null while the entry is not billed (not billable, or support effort on an open ticket).</summary>
    public static BillingMonth? MonthBilled(WorkLog entry, DateTimeOffset? ticketClosedAt, TimeZoneInfo zone)
    {
        if (!entry.Billable) return null;
        var logged = BillingMonth.Of(entry.RecordedAt, zone);
        if (!IsSupportEffort(entry.Department)) return BillingMonth.Later(BillingMonth.Of(entry.PerformedOn), logged);
        return ticketClosedAt is { } closedAt ? BillingMonth.Later(BillingMonth.Of(closedAt, zone), logged) : null;
    }

    /// <summary>The support team's own effort, as opposed to the departments it brings in.</summary>
    public static bool IsSupportEffort(Department department) => department is Department.Support;
}
