using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Search;

/// <summary>
/// Narrows tickets to those whose title, description or reference contain every word of a user's keyword,
/// through the provider's full-text index. Any input is plain text: search syntax in it never causes an error.
/// </summary>
internal interface IKeywordSearch
{
    IQueryable<Ticket> Matching(IQueryable<Ticket> tickets, string keyword);

    static string[] Terms(string keyword) => keyword.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
