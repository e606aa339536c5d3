using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceDesk.Infrastructure.Persistence;

/// <summary>Stores a point in time as sortable UTC ticks; it is read back in UTC.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
