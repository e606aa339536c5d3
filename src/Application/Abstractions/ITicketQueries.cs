using ServiceDesk.Application.Tickets.ListTickets;

namespace ServiceDesk.Application.Abstractions;

/// <summary>The read side of the ticket overview: projections straight from the database.</summary>
public interface ITicketQueries
{
    /// <summary>Evaluates the specification, plus its keyword through the provider's full-text index.</summary>
    Task<IReadOnlyList<TicketSummary>> ListAsync(TicketListSpecification specification, CancellationToken cancellationToken);
}
