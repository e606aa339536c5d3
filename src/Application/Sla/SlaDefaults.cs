using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Application.Sla;

/// <summary>
/// The targets of an organisation without a contract of its own: the <c>Sla:DefaultTargets</c> configuration section,
/// e.g. <c>Sla:DefaultTargets:P3:Reaction = 08:00:00</c>. Priorities 1 and 2 count around the clock, 3 and 4 in service hours.
/// </summary>
public sealed class SlaDefaults
{
    public TargetSetting P1 { get; set; } = new() { Reaction = TimeSpan.FromMinutes(30), Restoration = TimeSpan.FromHours(4) };
    public TargetSetting P2 { get; set; } = new() { Reaction = TimeSpan.FromHours(1), Restoration = TimeSpan.FromHours(8) };
    public TargetSetting P3 { get; set; } = new() { Reaction = TimeSpan.FromHours(8), Restoration = TimeSpan.FromDays(5) };
    public TargetSetting P4 { get; set; } = new() { Reaction = TimeSpan.FromDays(1), Restoration = TimeSpan.FromDays(20) };

    public SlaTargets ToTargets() => new(P1.ToTarget(), P2.ToTarget(), P3.ToTarget(), P4.ToTarget());

    public sealed class TargetSetting
    {
        public TimeSpan Reaction { get; set; }
        public TimeSpan Restoration { get; set; }

        public SlaTarget ToTarget() => new(Reaction, Restoration);
    }
}
