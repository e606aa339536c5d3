using System.Globalization;
using ServiceDesk.Application.Common;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>Calendar days on the wire: `YYYY-MM-DD`.</summary>
public static class Dates
{
    private const string Format = "yyyy-MM-dd";

    public static string ToProto(this DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string? value, string field) =>
        DateOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InputValidationException(field, "Expected a day such as 2027-01-31.");
}
