using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.ChangeEscalation;

/// <summary>What a change may use besides the escalation: the caller, the time, and the chain for the next owner.</summary>
public sealed record EscalationChangeContext(Actor Actor, DateTimeOffset Now, TicketEscalations Escalations);

/// <summary>One change to an escalation; the records in <c>EscalationSteps.cs</c> name them all.</summary>
public abstract record EscalationChange
{
    public abstract ValueTask<Result> ApplyAsync(Escalation escalation, EscalationChangeContext context, CancellationToken cancellationToken);
}
