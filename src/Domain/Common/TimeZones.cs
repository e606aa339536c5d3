namespace ServiceDesk.Domain.Common;

public static class TimeZones
{
    /// <summary>IANA ids only (Europe/Berlin); Windows names are refused so every client sees the same ids.</summary>
    public static bool IsKnown(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    /// <summary>The calendar date at <paramref name="now"/> in the given IANA time zone.</summary>
    public static DateOnly Today(string id, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(id)).DateTime);
}
