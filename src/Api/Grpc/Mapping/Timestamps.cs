using Google.Protobuf.WellKnownTypes;
using ServiceDesk.Application.Common;

namespace ServiceDesk.Api.Grpc.Mapping;

public static class Timestamps
{
    public static Timestamp? ToProto(this DateTimeOffset? value) => value is { } v ? Timestamp.FromDateTimeOffset(v) : null;

    public static Timestamp ToProto(this DateTimeOffset value) => Timestamp.FromDateTimeOffset(value);

    /// <summary>A timestamp outside what the wire format allows is the caller's mistake, not ours.</summary>
    public static DateTimeOffset? ToDomain(this Timestamp? value, string field)
    {
        if (value is null) return null;
        try
        {
            return value.ToDateTimeOffset();
        }
        catch (InvalidOperationException)
        {
            throw new InputValidationException(field, "Not a valid timestamp.");
        }
    }
}
