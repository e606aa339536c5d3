using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Application.Billing;

/// <summary>An organisation's clock: billing months and "today" follow its time zone.</summary>
public static class OrganizationCalendar
{
    public static TimeZoneInfo Zone(this Organization organization) => TimeZoneInfo.FindSystemTimeZoneById(organization.TimeZoneId);

    public static DateOnly Today(this Organization organization, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, organization.Zone()).DateTime);
}
