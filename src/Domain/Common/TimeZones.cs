namespace ServiceDesk.Domain.Common;

public static class TimeZones
{
    public static bool IsKnown(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
