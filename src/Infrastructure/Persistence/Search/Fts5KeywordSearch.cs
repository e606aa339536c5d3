using Microsoft.EntityFrameworkCore;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Search;

/// <summary>SQLite: the external-content FTS5 table <c>TicketSearch</c>, kept in step with Tickets by triggers (see the SQLite migration).</summary>
internal sealed class Fts5KeywordSearch(ServiceDeskDbContext db) : IKeywordSearch
{
    public IQueryable<Ticket> Matching(IQueryable<Ticket> tickets, string keyword)
    {
        var match = MatchExpression(keyword);
        var ids = db.Database.SqlQuery<long>($"""SELECT rowid AS "Value" FROM "TicketSearch" WHERE "TicketSearch" MATCH {match}""");
        return tickets.Where(t => ids.Contains(t.Id));
    }

    /// <summary>Each term as an FTS5 string (quotes doubled), so operators and brackets are text; terms are ANDed.</summary>
    internal static string MatchExpression(string keyword) =>
        string.Join(' ', IKeywordSearch.Terms(keyword).Select(term => $"\"{term.Replace("\"", "\"\"")}\""));
}
