using ServiceDesk.Application.Tickets.ListTickets;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Abstractions;

/// <summary>The read side of the ticket overview: projections straight from the database.</summary>
public interface ITicketQueries
{
    /// <summary>Evaluates the specification, plus its keyword through the provider's full-text index.</summary>
    Task<IReadOnlyList<TicketSummary>> ListAsync(TicketListSpecification specification, CancellationToken cancellationToken);

    /// <summary>Rows of the given tickets that <paramref name="viewer"/> may see, by number.</summary>
    Task<IReadOnlyList<TicketSummary>> ListVisibleAsync(IReadOnlyCollection<long> ids, Actor viewer, CancellationToken cancellationToken);
}
