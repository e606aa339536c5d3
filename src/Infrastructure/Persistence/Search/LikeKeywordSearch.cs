using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Search;

/// <summary>SQL Server: a substring match per term, since full-text catalogs are not on every edition (docs/adr/0002-keyword-search.md).</summary>
internal sealed class LikeKeywordSearch : IKeywordSearch
{
    public IQueryable<Ticket> Matching(IQueryable<Ticket> tickets, string keyword)
    {
        // EF escapes LIKE wildcards in the parameters.
        foreach (var term in IKeywordSearch.Terms(keyword))
            tickets = tickets.Where(t => t.Title.Contains(term) || t.Description.Contains(term)
                || (t.YourReference != null && t.YourReference.Contains(term)));
        return tickets;
    }
}
