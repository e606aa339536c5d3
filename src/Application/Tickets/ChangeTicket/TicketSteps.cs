using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.ChangeTicket;

// The workflow steps of SPEC section 5, each one verb of the Ticket aggregate.

public sealed record Accept : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.Accept(actor, now);
}

public sealed record StartReview : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.StartReview(actor, now);
}

public sealed record RequestClarification(string Question) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.RequestClarification(actor, Question, now);
}

public sealed record Reclassify(TicketType Type) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.Reclassify(actor, Type, now);
}

public sealed record SetPriority(FaultCategory FaultCategory, Priority Priority) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.SetPriority(actor, FaultCategory, Priority, now);
}

public sealed record MarkReproduced : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.MarkReproduced(actor, now);
}

public sealed record StartProgress : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.StartProgress(actor, now);
}

/// <summary>Forwards a Consulting Request to a department, which needs the organisation's extended support budget left.</summary>
public sealed record Forward(Department Department) : TicketChange
{
    public override async ValueTask<Result> ApplyAsync(Ticket ticket, TicketChangeContext context, CancellationToken cancellationToken)
    {
        var budget = await context.Billing.BalanceAsync(ticket.OrganizationId, cutOff: null, cancellationToken);
        return ticket.ForwardTo(context.Actor, Department, budget, context.Now);
    }
}

public sealed record SetFixVersion(string FixVersion) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now)
    {
        var version = Domain.Tickets.FixVersion.Parse(FixVersion);
        return version.IsSuccess ? ticket.SetFixVersion(actor, version.Value, now) : version.Error!;
    }
}

public sealed record MarkDelivered : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.MarkDelivered(actor, now);
}

public sealed record Resolve(Resolution Resolution, string? Note) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.Resolve(actor, Resolution, Note, now);
}

public sealed record ConfirmResolution : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.ConfirmResolution(actor, now);
}

public sealed record Reopen(string Reason) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.Reopen(actor, Reason, now);
}

public sealed record Withdraw(string? Reason) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.Withdraw(actor, Reason, now);
}

public sealed record RequestEstimation : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.RequestEstimation(actor, now);
}

public sealed record ProvideEstimation(string? Estimation) : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.ProvideEstimation(actor, Estimation, now);
}

public sealed record RecordOrder : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.RecordOrder(actor, now);
}

public sealed record RecordNotOrdered : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.RecordNotOrdered(actor, now);
}

public sealed record ApproveConcept : TicketStep
{
    protected override Result Apply(Ticket ticket, Actor actor, DateTimeOffset now) => ticket.ApproveConcept(actor, now);
}
