namespace ServiceDesk.Application.Common;

/// <summary>One page of a list and the opaque token for the next one (empty on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string NextPageToken);

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>0 means the default; larger than the maximum is capped, as AIP-158 asks.</summary>
    public static int Size(int requested) => requested <= 0 ? DefaultPageSize : Math.Min(requested, MaxPageSize);
}
