using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Domain.Sla;

/// <summary>Everything an organisation's clocks need: its service calendar and its contract versions (oldest first), or the defaults before the first.</summary>
public sealed class SlaTerms(ServiceCalendar calendar, IReadOnlyList<SlaContract> contracts, SlaTargets defaults)
{
    public ServiceCalendar Calendar { get; } = calendar;

    /// <summary>The target of the contract in force when the clock started: a later change of contract does not move it.</summary>
    public TimeSpan TargetFor(SlaClockKind clock, Priority priority, DateTimeOffset clockStartedAt) =>
        (contracts.LastOrDefault(c => c.EffectiveFrom <= clockStartedAt)?.Targets ?? defaults).For(priority).For(clock);
}
