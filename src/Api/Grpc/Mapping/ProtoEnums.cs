namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>
/// Proto and domain enums share their numbers (0 is UNSPECIFIED on the wire and undefined in the domain), so one cast
/// maps both ways. Undefined values pass through unchanged for the validators to refuse with a field violation.
/// </summary>
public static class ProtoEnums
{
    public static TTo To<TTo>(this Enum value) where TTo : struct, Enum =>
        (TTo)Enum.ToObject(typeof(TTo), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));

    public static TTo ToProto<TTo>(this Enum? value) where TTo : struct, Enum => value is null ? default : value.To<TTo>();

    public static TTo? ToOptional<TTo>(this Enum value) where TTo : struct, Enum =>
        Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0 ? null : value.To<TTo>();
}
