using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Abstractions;

/// <summary>Loads and adds tickets for changing them. Reads for screens go through <see cref="ITicketQueries"/>.</summary>
public interface ITicketRepository
{
    /// <summary>The ticket with its activity, participants and attachments, only when <paramref name="viewer"/> may see it.</summary>
    Task<Ticket?> FindVisibleAsync(long id, Actor viewer, CancellationToken cancellationToken);

    /// <summary>The ticket a retried create already made.</summary>
    Task<Ticket?> FindByRequestIdAsync(Guid recordedById, string requestId, CancellationToken cancellationToken);

    void Add(Ticket ticket);
}

/// <summary>Allocates human-readable ticket numbers without collisions under concurrency.</summary>
public interface ITicketNumbers
{
    Task<long> NextAsync(CancellationToken cancellationToken);
}
