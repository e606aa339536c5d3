namespace ServiceDesk.Domain.Sla;

public enum SlaClockState
{
    Running = 1,
    /// <summary>Waiting for the customer: the clock resumes on the answer.</summary>
    Paused = 2,
    /// <summary>Its end was reached (accepted, resolved), or the ticket's type has no SLA.</summary>
    Stopped = 3,
    NotStarted = 4,
}

/// <summary>What a clock should be doing now, decided by the ticket from its status and type.</summary>
public enum SlaClockDemand
{
    Run,
    Pause,
    Stop,
}

/// <summary>
/// One SLA clock of a ticket, as saved: what it counted before its current run, in both counting modes (a priority
/// change may switch the mode), since when it runs, its target and its due time. Immutable: every change is a new value.
/// </summary>
public sealed record SlaClock
{
    public static readonly SlaClock NotStarted = new() { State = SlaClockState.NotStarted };

    public SlaClockState State { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    /// <summary>When the current run began; null unless running.</summary>
    public DateTimeOffset? RunningSince { get; init; }
    public TimeSpan CountedAroundTheClock { get; init; }
    public TimeSpan CountedInServiceHours { get; init; }
    public TimeSpan? Target { get; init; }
    /// <summary>When the target is reached if the clock keeps running; null unless running with a target.</summary>
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? BreachedAt { get; init; }

    /// <summary>A due time that still has to fire: running, with a target, not yet breached.</summary>
    public DateTimeOffset? PendingDueAt => BreachedAt is null ? DueAt : null;

    public TimeSpan Elapsed(CountingMode mode, ServiceCalendar calendar, DateTimeOffset now) =>
        Counted(mode) + (RunningSince is { } since ? calendar.Count(since, now, mode) : TimeSpan.Zero);

    /// <summary>
    /// The clock brought to <paramref name="now"/>: a breach that happened before now is recorded at the moment it happened,
    /// then the clock starts, pauses, resumes or stops as demanded, and takes the new target.
    /// </summary>
    public SlaClock Update(SlaClockDemand demand, TimeSpan? target, CountingMode mode, ServiceCalendar calendar, DateTimeOffset now)
    {
        var clock = this;
        if (BreachedAt is null && target is { } t && StartedAt is not null && Elapsed(mode, calendar, now) >= t)
            clock = clock with { BreachedAt = RunningSince is { } since ? Min(calendar.Advance(since, t - Counted(mode), mode), now) : now };

        clock = (demand, clock.RunningSince) switch
        {
            (SlaClockDemand.Run, null) => clock with { State = SlaClockState.Running, RunningSince = now, StartedAt = clock.StartedAt ?? now },
            (SlaClockDemand.Run, _) => clock,
            (_, { } since) => clock with
            {
                State = demand is SlaClockDemand.Pause ? SlaClockState.Paused : SlaClockState.Stopped,
                RunningSince = null,
                CountedAroundTheClock = clock.CountedAroundTheClock + calendar.Count(since, now, CountingMode.AroundTheClock),
                CountedInServiceHours = clock.CountedInServiceHours + calendar.Count(since, now, CountingMode.ServiceHours),
            },
            _ when clock.State is SlaClockState.NotStarted => clock,
            _ => clock with { State = demand is SlaClockDemand.Pause ? SlaClockState.Paused : SlaClockState.Stopped },
        };

        var due = clock.RunningSince is { } running && target is { } goal
            ? calendar.Advance(running, goal - clock.Counted(mode), mode)
            : (DateTimeOffset?)null;
        return clock with { Target = target, DueAt = due };
    }

    public SlaReading Read(CountingMode mode, ServiceCalendar calendar, DateTimeOffset now)
    {
        var elapsed = Elapsed(mode, calendar, now);
        return new SlaReading(
            State, Target, elapsed,
            Target is { } target ? Max(target - elapsed, TimeSpan.Zero) : null,
            DueAt, BreachedAt);
    }

    private TimeSpan Counted(CountingMode mode) => mode is CountingMode.AroundTheClock ? CountedAroundTheClock : CountedInServiceHours;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>A clock as shown at one moment: elapsed and remaining business time, due time, and whether it was breached.</summary>
public sealed record SlaReading(SlaClockState State, TimeSpan? Target, TimeSpan Elapsed, TimeSpan? Remaining, DateTimeOffset? DueAt, DateTimeOffset? BreachedAt)
{
    public bool Paused => State is SlaClockState.Paused;
    public bool Breached => BreachedAt is not null;
}

/// <summary>Both clocks of a ticket as shown at one moment.</summary>
public sealed record ServiceLevel(SlaReading Reaction, SlaReading Restoration)
{
    public static ServiceLevel Read(SlaClock reaction, SlaClock restoration, Tickets.Priority? priority, ServiceCalendar calendar, DateTimeOffset now)
    {
        var mode = CountingModes.For(priority);
        return new ServiceLevel(reaction.Read(mode, calendar, now), restoration.Read(mode, calendar, now));
    }
}
