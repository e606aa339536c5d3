using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.ChangeTicket;

/// <summary>What a change may use besides the ticket: the caller, the time, and lookups of other records.</summary>
public sealed record TicketChangeContext(Actor Actor, DateTimeOffset Now, IAccountRepository Accounts, ITicketRepository Tickets, IBillingQueries Billing);

/// <summary>One change to a ticket; the records in <c>TicketSteps.cs</c> and <c>TicketEdits.cs</c> name them all.</summary>
public abstract record TicketChange
{
    public abstract ValueTask<Result> ApplyAsync(Ticket ticket, TicketChangeContext context, CancellationToken cancellationToken);
}

/// <summary>A change that is one call of a ticket verb.</summary>
public abstract record TicketStep : TicketChange
{
    protected abstract Result Apply(Ticket ticket, Actor actor, DateTimeOffset now);

    public sealed override ValueTask<Result> ApplyAsync(Ticket ticket, TicketChangeContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Apply(ticket, context.Actor, context.Now));
}
