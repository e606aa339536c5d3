using ServiceDesk.Application.Escalations.ListEscalations;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Abstractions;

/// <summary>Loads, lists and adds escalations. An escalation is visible to whoever may see its ticket.</summary>
public interface IEscalationRepository
{
    /// <summary>The escalation with its history, only when <paramref name="viewer"/> may see its ticket.</summary>
    Task<Escalation?> FindVisibleAsync(Guid id, Actor viewer, CancellationToken cancellationToken);

    /// <summary>The ticket's open escalation, also one added in this unit of work and not saved yet.</summary>
    Task<Escalation?> FindOpenAsync(long ticketId, CancellationToken cancellationToken);

    /// <summary>The escalation that <paramref name="actorId"/>'s request with this id opened or raised.</summary>
    Task<Escalation?> FindByRequestIdAsync(Guid actorId, string requestId, CancellationToken cancellationToken);

    /// <summary>The ticket's open escalation, else its latest resolved one.</summary>
    Task<Escalation?> FindCurrentAsync(long ticketId, CancellationToken cancellationToken);

    /// <summary>Evaluates the specification over the escalations of tickets <paramref name="viewer"/> may see, without history.</summary>
    Task<IReadOnlyList<Escalation>> ListAsync(EscalationListSpecification specification, Actor viewer, CancellationToken cancellationToken);

    void Add(Escalation escalation);
}

/// <summary>The four levels of the escalation chain with their named contacts.</summary>
public interface IEscalationChain
{
    /// <summary>The levels that exist, lowest first.</summary>
    Task<IReadOnlyList<EscalationLevel>> ListAsync(CancellationToken cancellationToken);

    Task<EscalationLevel?> FindAsync(int number, CancellationToken cancellationToken);

    void Add(EscalationLevel level);
}
