using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.ChangeTicket;

// Changes that are not workflow steps, or that need other records.

public sealed record Comment(string Text, bool Internal) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now)
    {
        var comment = ticket.Comment(actor, Text, Internal, now);
        return comment.IsSuccess ? Result.Success : comment.Error!;
    }
}

/// <summary>The reporter or an agent changes descriptive fields.</summary>
public sealed record Edit(TicketEdit Ticket) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.Edit(actor, Ticket, now);
}

public sealed record CloseAsDuplicate(long DuplicateOf) : TicketChange
{
    public override async ValueTask<Result> ApplyAsync(Ticket ticket, TicketChangeContext context, CancellationToken cancellationToken)
    {
        if (DuplicateOf != ticket.Id && await context.Tickets.FindVisibleAsync(DuplicateOf, context.Actor, cancellationToken) is null)
            return new DomainError("ticket.not_found", "The ticket it duplicates was not found.", ErrorKind.Invalid, "duplicate_of");
        return ticket.CloseAsDuplicate(context.Actor, DuplicateOf, context.Now);
    }
}

/// <summary>Assigns an active agent, or unassigns with no id.</summary>
public sealed record Assign(Guid? AssigneeId) : TicketChange
{
    public override async ValueTask<Result> ApplyAsync(Ticket ticket, TicketChangeContext context, CancellationToken cancellationToken)
    {
        if (AssigneeId is not { } id) return ticket.Assign(context.Actor, null, null, context.Now);
        var agent = await context.Accounts.FindAsync(id, cancellationToken);
        if (agent is not { Kind: AccountKind.Agent, IsActive: true })
            return new DomainError("agent.not_found", "The assignee is not an active agent.", ErrorKind.Invalid, "assignee");
        return ticket.Assign(context.Actor, agent.Id, agent.Name, context.Now);
    }
}

/// <summary>Adds an agent, or a contact of the ticket's organisation, as a participant.</summary>
public sealed record AddParticipant(Guid AccountId) : TicketChange
{
    public override async ValueTask<Result> ApplyAsync(Ticket ticket, TicketChangeContext context, CancellationToken cancellationToken)
    {
        var account = await context.Accounts.FindAsync(AccountId, cancellationToken);
        var fits = account is { IsActive: true } && (account.Kind is AccountKind.Agent || account.OrganizationId == ticket.OrganizationId);
        if (!fits)
            return new DomainError("participant.not_found", "Participants are agents or active contacts of the ticket's organisation.", ErrorKind.Invalid, "account");
        return ticket.AddParticipant(context.Actor, account!.Id, account.Name, context.Now);
    }
}

public sealed record RemoveParticipant(Guid AccountId) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.RemoveParticipant(actor, AccountId, now);
}

/// <summary>The calling contact switches e-mails about this ticket on or off for themselves.</summary>
public sealed record SetNotifications(bool Notify) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.SetNotifications(actor, Notify);
}
