using Google.Type;
using ServiceDesk.Application.Common;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>Calendar dates travel as `google.type.Date`.</summary>
public static class Dates
{
    public static Date ToProto(this DateOnly d) => new() { Year = d.Year, Month = d.Month, Day = d.Day };

    public static Date? ToProto(this DateOnly? value) => value?.ToProto();

    /// <summary>A date that does not exist (month 13, a year 0) is the caller's mistake.</summary>
    public static DateOnly? ToDomain(this Date? value, string field)
    {
        if (value is null) return null;
        try
        {
            return new DateOnly(value.Year, value.Month, value.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new InputValidationException(field, "Not a valid calendar date.");
        }
    }

    public static DateOnly ToRequiredDomain(this Date? value, string field) =>
        value.ToDomain(field) ?? throw new InputValidationException(field, "The date is required.");
}
