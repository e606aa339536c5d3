using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.ListEscalations;

/// <summary>
/// Open escalations for team leads and heads (agents with the team-lead or administrator role), oldest first, one keyset
/// page at a time; <paramref name="MinimumAge"/> keeps those open at least that long. Confidential tickets stay with their team.
/// </summary>
public sealed record ListEscalationsQuery(EscalationListQuery Filter, TimeSpan MinimumAge, int PageSize, string? PageToken) : IQuery<Result<Page<Escalation>>>;

public sealed class ListEscalationsValidator : AbstractValidator<ListEscalationsQuery>
{
    public ListEscalationsValidator()
    {
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(0);
        RuleFor(q => q.MinimumAge).GreaterThanOrEqualTo(TimeSpan.Zero).OverridePropertyName("min_age");
        RuleFor(q => q.Filter.Level).InclusiveBetween(0, Escalation.TopLevel).OverridePropertyName("level");
        RuleFor(q => q.Filter.Team).IsInEnum().OverridePropertyName("team");
    }
}

public sealed class ListEscalationsHandler(ICurrentUser currentUser, IEscalationRepository escalations, TimeProvider clock)
    : IQueryHandler<ListEscalationsQuery, Result<Page<Escalation>>>
{
    public static readonly DomainError TeamLeadsOnly = new(
        "escalation.team_leads_only", "Only team leads and heads list escalations.", ErrorKind.Forbidden);

    public async ValueTask<Result<Page<Escalation>>> Handle(ListEscalationsQuery query, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAgent || (actor.Roles & (AgentRoles.TeamLead | AgentRoles.Administrator)) == 0) return TeamLeadsOnly;
        var filter = query.Filter with
        {
            OpenedAtOrBefore = query.MinimumAge > TimeSpan.Zero ? clock.GetUtcNow() - query.MinimumAge : null,
            After = TimedPageToken.DecodeGuid(query.PageToken) is { } after ? new EscalationPosition(after.At, after.Id) : null,
        };
        var size = Paging.Size(query.PageSize);
        var rows = await escalations.ListAsync(new EscalationListSpecification(filter, size + 1), actor, cancellationToken);
        var next = rows.Count > size ? TimedPageToken.Encode(rows[size - 1].OpenedAt, rows[size - 1].Id.ToString()) : "";
        return new Page<Escalation>(rows.Take(size).ToList(), next);
    }
}
