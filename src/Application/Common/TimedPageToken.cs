using System.Globalization;

namespace ServiceDesk.Application.Common;

/// <summary>Page tokens of lists ordered by a time, then an id: the last row's time as UTC ticks and its id.</summary>
public static class TimedPageToken
{
    public static string Encode(DateTimeOffset at, string id) => PageToken.Encode(at.UtcTicks.ToString(CultureInfo.InvariantCulture), id);

    /// <summary>The position after which the page starts, or null for the first page.</summary>
    public static (DateTimeOffset At, string Id)? Decode(string? token)
    {
        if (PageToken.Decode(token, 2) is not { } parts) return null;
        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTimeOffset.MaxValue.UtcTicks)
            throw PageToken.Invalid();
        return (new DateTimeOffset(ticks, TimeSpan.Zero), parts[1]);
    }

    /// <summary>The same, for rows whose id is a Guid.</summary>
    public static (DateTimeOffset At, Guid Id)? DecodeGuid(string? token) =>
        Decode(token) is { } position
            ? (position.At, Guid.TryParse(position.Id, out var id) ? id : throw PageToken.Invalid())
            : null;
}
