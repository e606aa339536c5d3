namespace ServiceDesk.Domain.Billing;

/// <summary>A calendar month; its boundaries are midnight in the organisation's time zone.</summary>
public readonly record struct BillingMonth(int Year, int Month) : IComparable<BillingMonth>
{
    public static BillingMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>The month an instant falls in, as the organisation's clock shows it.</summary>
    public static BillingMonth Of(DateTimeOffset instant, TimeZoneInfo zone) => Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));

    public static BillingMonth Later(BillingMonth a, BillingMonth b) => a.CompareTo(b) >= 0 ? a : b;

    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);
    public BillingMonth Next => Of(FirstDay.AddMonths(1));

    /// <summary>The first instant of the month in the zone (inclusive).</summary>
    public DateTimeOffset Start(TimeZoneInfo zone)
    {
        var midnight = FirstDay.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The first instant after the month (exclusive).</summary>
    public DateTimeOffset End(TimeZoneInfo zone) => Next.Start(zone);

    public int CompareTo(BillingMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
