using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Escalations;
using ServiceDesk.Application.Sla;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Tickets.ChangeTicket;

public sealed class ChangeTicketHandler(
    ICurrentUser currentUser,
    ITicketRepository tickets,
    IAccountRepository accounts,
    IBillingQueries billing,
    IUnitOfWork unitOfWork,
    SlaTermsSource sla,
    SlaBreachEscalations breaches,
    TimeProvider clock) : ICommandHandler<ChangeTicketCommand, Result<TicketView>>
{
    public async ValueTask<Result<TicketView>> Handle(ChangeTicketCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var ticket = await tickets.FindVisibleAsync(command.Id, actor, cancellationToken);
        if (ticket is null) return TicketNotFound.Error;
        if (!string.IsNullOrEmpty(command.Etag) && command.Etag != new TicketView(ticket, actor).Etag) return AccessErrors.Conflict;

        var context = new TicketChangeContext(actor, clock.GetUtcNow(), accounts, tickets, billing);
        var applied = await command.Change.ApplyAsync(ticket, context, cancellationToken);
        if (applied.IsFailure) return applied.Error!;
        await sla.UpdateAsync(ticket, context.Now, cancellationToken);
        // A reaction target often becomes known only now (the priority is set in review): a breach escalates with this change.
        await breaches.EscalateAsync(ticket, context.Now, cancellationToken);
        var saved = await unitOfWork.SaveOrConflictAsync(cancellationToken);
        if (saved.IsFailure) return saved.Error!;
        return await sla.ViewAsync(ticket, actor, context.Now, cancellationToken);
    }
}
