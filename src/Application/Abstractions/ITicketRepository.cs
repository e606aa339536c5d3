using System.Linq.Expressions;
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

    /// <summary>The numbers of the tickets that satisfy the predicate, whoever may see them.</summary>
    Task<IReadOnlyList<long>> ListIdsAsync(Expression<Func<Ticket, bool>> predicate, CancellationToken cancellationToken);

    /// <summary>Whole tickets for a change the service makes itself (a delivery moving its tickets on), whoever may see them.</summary>
    Task<IReadOnlyList<Ticket>> ListAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    void Add(Ticket ticket);
}

/// <summary>Allocates human-readable ticket numbers without collisions under concurrency.</summary>
public interface ITicketNumbers
{
    Task<long> NextAsync(CancellationToken cancellationToken);
}
