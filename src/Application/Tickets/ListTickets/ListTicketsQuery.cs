using System.Globalization;
using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Sla;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Application.Tickets.ListTickets;

/// <summary>The ticket overview, one keyset page at a time; only tickets the caller may see.</summary>
public sealed record ListTicketsQuery(TicketListQuery Filter, int PageSize, string? PageToken) : IQuery<Result<Page<TicketSummary>>>;

public sealed class ListTicketsValidator : AbstractValidator<ListTicketsQuery>
{
    public ListTicketsValidator()
    {
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Filter.Scope).IsInEnum().OverridePropertyName("scope");
        RuleForEach(q => q.Filter.Statuses).IsInEnum().OverridePropertyName("statuses");
        RuleForEach(q => q.Filter.Types).IsInEnum().OverridePropertyName("ticket_types");
        RuleForEach(q => q.Filter.Priorities).IsInEnum().OverridePropertyName("priorities");
        RuleFor(q => q.Filter.Keyword).MaximumLength(200).OverridePropertyName("keyword");
        RuleFor(q => q.Filter.SlaDueWithin).InclusiveBetween(TimeSpan.Zero, TimeSpan.FromDays(366)).OverridePropertyName("within");
    }
}

public sealed class ListTicketsHandler(ICurrentUser currentUser, ITicketQueries queries, SlaTermsSource sla, TimeProvider clock)
    : IQueryHandler<ListTicketsQuery, Result<Page<TicketSummary>>>
{
    public async ValueTask<Result<Page<TicketSummary>>> Handle(ListTicketsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (query.Filter.SlaDueWithin is not null && !currentUser.Actor.IsAgent) return AccessErrors.AgentsOnly;
        var filter = query.Filter with
        {
            After = DecodePosition(query.PageToken, query.Filter.Order),
            SlaDueBefore = now + query.Filter.SlaDueWithin,
        };
        var size = Paging.Size(query.PageSize);
        var rows = await queries.ListAsync(new TicketListSpecification(filter, currentUser.Actor, size + 1), cancellationToken);
        var next = rows.Count > size ? EncodePosition(rows[size - 1], filter.Order) : "";
        var page = new List<TicketSummary>(Math.Min(rows.Count, size));
        foreach (var row in rows.Take(size))
        {
            var calendar = (await sla.ForAsync(row.OrganizationId, cancellationToken)).Calendar;
            page.Add(row with { ServiceLevel = ServiceLevel.Read(row.Reaction, row.Restoration, row.Priority, calendar, now) });
        }
        return new Page<TicketSummary>(page, next);
    }

    private static string EncodePosition(TicketSummary last, TicketOrder order)
    {
        var sortValue = order switch
        {
            TicketOrder.UpdatedAscending or TicketOrder.UpdatedDescending => last.UpdatedAt.UtcTicks,
            TicketOrder.SlaDueAscending => last.SlaDueAt!.Value.UtcTicks,
            _ => 0,
        };
        return PageToken.Encode(order.ToString(), sortValue.ToString(CultureInfo.InvariantCulture), last.Id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A token from another order, or one that does not parse, is refused.</summary>
    private static KeysetPosition? DecodePosition(string? token, TicketOrder order)
    {
        if (PageToken.Decode(token, 3) is not { } parts) return null;
        if (parts[0] != order.ToString()
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            throw PageToken.Invalid();
        return new KeysetPosition(new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }
}
