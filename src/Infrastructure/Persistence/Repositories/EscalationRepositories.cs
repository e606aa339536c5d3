using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Escalations.ListEscalations;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class EscalationRepository(ServiceDeskDbContext db) : IEscalationRepository
{
    private IQueryable<Escalation> WholeEscalations => db.Escalations.Include(e => e.Steps);

    public Task<Escalation?> FindVisibleAsync(Guid id, Actor viewer, CancellationToken cancellationToken) =>
        VisibleTo(WholeEscalations, viewer).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<Escalation?> FindOpenAsync(long ticketId, CancellationToken cancellationToken) =>
        db.Escalations.Local.FirstOrDefault(e => e.TicketId == ticketId && e.IsOpen)
        ?? await WholeEscalations.SingleOrDefaultAsync(e => e.TicketId == ticketId && e.State == EscalationState.Open, cancellationToken);

    public Task<Escalation?> FindByRequestIdAsync(Guid actorId, string requestId, CancellationToken cancellationToken) =>
        WholeEscalations.SingleOrDefaultAsync(e => e.Steps.Any(s => s.ActorId == actorId && s.RequestId == requestId), cancellationToken);

    public Task<Escalation?> FindCurrentAsync(long ticketId, CancellationToken cancellationToken) =>
        WholeEscalations.Where(e => e.TicketId == ticketId)
            .OrderBy(e => e.State == EscalationState.Open ? 0 : 1).ThenByDescending(e => e.OpenedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Escalation>> ListAsync(EscalationListSpecification specification, Actor viewer, CancellationToken cancellationToken)
    {
        var escalations = WhereEvaluator.Instance.GetQuery(VisibleTo(db.Escalations.AsNoTracking(), viewer), specification);
        escalations = OrderEvaluator.Instance.GetQuery(escalations, specification);
        escalations = PaginationEvaluator.Instance.GetQuery(escalations, specification);
        return await escalations.ToListAsync(cancellationToken);
    }

    public void Add(Escalation escalation) => db.Escalations.Add(escalation);

    // An escalation is as secret as its ticket (confidential tickets stay with the region's team).
    private IQueryable<Escalation> VisibleTo(IQueryable<Escalation> escalations, Actor viewer)
    {
        var visibleTickets = db.Tickets.Where(TicketVisibility.For(viewer));
        return escalations.Where(e => visibleTickets.Any(t => t.Id == e.TicketId));
    }
}

internal sealed class EscalationChain(ServiceDeskDbContext db) : IEscalationChain
{
    public async Task<IReadOnlyList<EscalationLevel>> ListAsync(CancellationToken cancellationToken) =>
        await db.EscalationLevels.OrderBy(l => l.Number).ToListAsync(cancellationToken);

    public Task<EscalationLevel?> FindAsync(int number, CancellationToken cancellationToken) =>
        db.EscalationLevels.SingleOrDefaultAsync(l => l.Number == number, cancellationToken);

    public void Add(EscalationLevel level) => db.EscalationLevels.Add(level);
}
