using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class TicketRepository(ServiceDeskDbContext db) : ITicketRepository
{
    // Split so the activity stream, participants and attachments do not multiply each other's rows.
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

    public void Add(Ticket ticket) => db.Tickets.Add(ticket);
}
