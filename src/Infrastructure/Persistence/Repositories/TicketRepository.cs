using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class TicketRepository(ServiceDeskDbContext db) : ITicketRepository
{
    // What a verb needs to change a ticket. Split so the activity stream, participants, attachments and
    // notification choices do not multiply each other's rows.
    private IQueryable<Ticket> WholeTickets => db.Tickets
        .Include(t => t.Activities)
        .Include(t => t.Participants)
        .Include(t => t.Attachments)
        .Include(t => t.NotificationChoices)
        .AsSplitQuery();

    public Task<Ticket?> FindVisibleAsync(long id, Actor viewer, CancellationToken cancellationToken) =>
        WholeTickets.Where(TicketVisibility.For(viewer)).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task<Ticket?> FindByRequestIdAsync(Guid recordedById, string requestId, CancellationToken cancellationToken) =>
        WholeTickets.SingleOrDefaultAsync(t => t.RecordedById == recordedById && t.RequestId == requestId, cancellationToken);

    public async Task<IReadOnlyList<long>> ListIdsAsync(Expression<Func<Ticket, bool>> predicate, CancellationToken cancellationToken) =>
        await db.Tickets.Where(predicate).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Ticket>> ListAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await WholeTickets.Where(t => ids.Contains(t.Id)).OrderBy(t => t.Id).ToListAsync(cancellationToken);

    public void Add(Ticket ticket) => db.Tickets.Add(ticket);
}
