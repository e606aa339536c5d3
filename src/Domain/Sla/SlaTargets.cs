using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Domain.Sla;

public enum SlaClockKind
{
    /// <summary>From receipt until an agent accepts the ticket.</summary>
    Reaction = 1,
    /// <summary>From acceptance until the ticket is resolved.</summary>
    Restoration = 2,
}

/// <summary>The reaction and restoration time of one priority, in the time its clocks count (see <see cref="CountingMode"/>).</summary>
public sealed record SlaTarget(TimeSpan Reaction, TimeSpan Restoration)
{
    public TimeSpan For(SlaClockKind clock) => clock is SlaClockKind.Reaction ? Reaction : Restoration;
}

/// <summary>A contract's targets for priorities 1 to 4.</summary>
public sealed record SlaTargets(SlaTarget P1, SlaTarget P2, SlaTarget P3, SlaTarget P4)
{
    public SlaTarget For(Priority priority) => priority switch
    {
        Priority.Critical1 => P1,
        Priority.Critical2 => P2,
        Priority.Major => P3,
        _ => P4,
    };

    public IEnumerable<(Priority Priority, SlaTarget Target)> All =>
        [(Priority.Critical1, P1), (Priority.Critical2, P2), (Priority.Major, P3), (Priority.Minor, P4)];
}
