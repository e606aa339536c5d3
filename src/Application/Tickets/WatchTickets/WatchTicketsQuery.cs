using System.Globalization;
using System.Runtime.CompilerServices;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Tickets.ListTickets;

namespace ServiceDesk.Application.Tickets.WatchTickets;

/// <summary>
/// Live updates for one caller: every change of a ticket they may see, as the row the overview would show, each
/// with the token to resume from. Without a resume token the watch starts now; with one it replays what came after.
/// </summary>
public sealed record WatchTicketsQuery(string? ResumeToken) : IStreamQuery<TicketChangeNotice>;

/// <summary>A changed ticket, or (without one) a heartbeat; either way the position to resume from.</summary>
public sealed record TicketChangeNotice(string ResumeToken, TicketSummary? Ticket);

public sealed class WatchTicketsHandler(ICurrentUser currentUser, ITicketQueries queries, ITicketChangeSignal signal, TimeProvider time)
    : IStreamQueryHandler<WatchTicketsQuery, TicketChangeNotice>
{
    /// <summary>How long a quiet stream waits before it says it is still there.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(20);

    private const string TokenKind = "watch";

    public async IAsyncEnumerable<TicketChangeNotice> Handle(WatchTicketsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var viewer = currentUser.Actor;
        var resumed = DecodeCursor(query.ResumeToken);
        var cursor = resumed ?? time.GetUtcNow();
        // What each ticket was last passed on as; kept for the overlap only.
        var passedOn = new Dictionary<long, TicketSummary>();
        if (resumed is null)
        {
            foreach (var change in await TicketChangeWindow.ReadAsync(queries, viewer, cursor - TicketChangeWindow.Overlap, cancellationToken))
                passedOn[change.Id] = change;
        }
        yield return new TicketChangeNotice(EncodeCursor(cursor), null);

        while (!cancellationToken.IsCancellationRequested)
        {
            var wake = signal.NextNotification();
            var since = cursor - TicketChangeWindow.Overlap;
            foreach (var change in await TicketChangeWindow.ReadAsync(queries, viewer, since, cancellationToken))
            {
                if (passedOn.TryGetValue(change.Id, out var previous) && previous.Version >= change.Version) continue;
                passedOn[change.Id] = change;
                if (change.UpdatedAt > cursor) cursor = change.UpdatedAt;
                yield return new TicketChangeNotice(EncodeCursor(cursor), change);
            }
            foreach (var old in passedOn.Values.Where(c => c.UpdatedAt < since).Select(c => c.Id).ToList())
                passedOn.Remove(old);

            if (!await WokenAsync(wake, cancellationToken))
                yield return new TicketChangeNotice(EncodeCursor(cursor), null);
        }
    }

    private async Task<bool> WokenAsync(Task wake, CancellationToken cancellationToken)
    {
        try
        {
            await wake.WaitAsync(HeartbeatInterval, time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static string EncodeCursor(DateTimeOffset cursor) =>
        PageToken.Encode(TokenKind, cursor.UtcTicks.ToString(CultureInfo.InvariantCulture));

    private static DateTimeOffset? DecodeCursor(string? token)
    {
        string[]? parts;
        try
        {
            parts = PageToken.Decode(token, 2);
        }
        catch (InputValidationException)
        {
            throw InvalidToken();
        }
        if (parts is null) return null;
        if (parts[0] != TokenKind
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
            throw InvalidToken();
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static InputValidationException InvalidToken() => new("resume_token", "The resume token is not one this service issued.");
}
