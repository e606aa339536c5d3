using Ardalis.Specification;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Application.Escalations.ListEscalations;

/// <summary>Where the previous page ended: the last row's opening time and id.</summary>
public sealed record EscalationPosition(DateTimeOffset OpenedAt, Guid Id);

/// <summary>Filters of the open escalations: level, team, organisation, and opened at or before a moment (their age).</summary>
public sealed record EscalationListQuery
{
    public int? Level { get; init; }
    public SupportTeam? Team { get; init; }
    public Guid? OrganizationId { get; init; }
    public DateTimeOffset? OpenedAtOrBefore { get; init; }
    public EscalationPosition? After { get; init; }
}

/// <summary>Open escalations, oldest first after the keyset position. Which tickets the viewer may see, the repository adds.</summary>
public sealed class EscalationListSpecification : Specification<Escalation>
{
    public EscalationListSpecification(EscalationListQuery query, int take)
    {
        Query.Where(e => e.State == EscalationState.Open);
        if (query.Level is { } level) Query.Where(e => e.Level == level);
        if (query.Team is { } team) Query.Where(e => e.Team == team);
        if (query.OrganizationId is { } organizationId) Query.Where(e => e.OrganizationId == organizationId);
        if (query.OpenedAtOrBefore is { } before) Query.Where(e => e.OpenedAt <= before);
        if (query.After is { } after)
        {
            var (afterOpened, afterId) = (after.OpenedAt, after.Id);
            Query.Where(e => e.OpenedAt > afterOpened || (e.OpenedAt == afterOpened && e.Id.CompareTo(afterId) > 0));
        }
        Query.OrderBy(e => e.OpenedAt).ThenBy(e => e.Id);
        Query.Take(take);
    }
}
