using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations;

/// <summary>
/// An escalation as one reader may see it: agents see everything; customers see its reason, level and state, but not
/// the owner, the history of notes or the outcome (SPEC section 9: internal notes stay with the vendor).
/// </summary>
public sealed record EscalationView(Escalation Escalation, bool Internal)
{
    public EscalationView(Escalation escalation, Actor viewer) : this(escalation, viewer.IsAgent) { }

    public string Etag => Escalation.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
