using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Application.Tickets.ListTickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Persistence.Search;

namespace ServiceDesk.Infrastructure.Persistence.Queries;

/// <summary>The ticket overview: the specification's filters, the keyword through full text, order, page and projection.</summary>
internal sealed class TicketQueries(ServiceDeskDbContext db, IKeywordSearch keywordSearch) : ITicketQueries
{
    public async Task<IReadOnlyList<TicketSummary>> ListAsync(TicketListSpecification specification, CancellationToken cancellationToken)
    {
        var tickets = WhereEvaluator.Instance.GetQuery(db.Tickets.AsNoTracking(), specification);
        if (specification.Keyword is { } keyword)
            tickets = keywordSearch.Matching(tickets, keyword);
        tickets = OrderEvaluator.Instance.GetQuery(tickets, specification);
        tickets = PaginationEvaluator.Instance.GetQuery(tickets, specification);
        return await tickets.Select(specification.Selector!).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TicketSummary>> ListVisibleAsync(IReadOnlyCollection<long> ids, Actor viewer, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await db.Tickets.AsNoTracking().Where(TicketVisibility.For(viewer)).Where(t => ids.Contains(t.Id))
                .OrderBy(t => t.Id).Select(TicketSummaries.Projection).ToListAsync(cancellationToken);
}
