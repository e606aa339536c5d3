using Google.Protobuf.WellKnownTypes;
using ServiceDesk.Application.Common;

namespace ServiceDesk.Api.Grpc.Mapping;

public static class Durations
{
    public static Duration? ToProto(this TimeSpan? value) => value is { } v ? Duration.FromTimeSpan(v) : null;

    public static Duration ToProto(this TimeSpan value) => Duration.FromTimeSpan(value);

    /// <summary>A missing duration is zero; one the wire format does not allow is the caller's mistake.</summary>
    public static TimeSpan ToDomain(this Duration? value, string field)
    {
        if (value is null) return TimeSpan.Zero;
        try
        {
            return value.ToTimeSpan();
        }
        catch (InvalidOperationException)
        {
            throw new InputValidationException(field, "Not a valid duration.");
        }
    }
}
