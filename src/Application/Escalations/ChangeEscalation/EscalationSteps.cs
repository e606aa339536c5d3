using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.ChangeEscalation;

// The changes of SPEC section 9, each one verb of the Escalation aggregate.

/// <summary>Raises the escalation to the next level, recording who and why; the next level's first contact owns it.</summary>
public sealed record RaiseEscalation(EscalationReason Reason, string Why) : EscalationChange
{
    public override async ValueTask<Result> ApplyAsync(Escalation escalation, EscalationChangeContext context, CancellationToken cancellationToken) =>
        await context.Escalations.RaiseAsync(escalation, context.Actor, Reason, Why, null, context.Now, cancellationToken);
}

/// <summary>Records what was done (agents; internal).</summary>
public sealed record AddEscalationNote(string Text) : EscalationChange
{
    public override ValueTask<Result> ApplyAsync(Escalation escalation, EscalationChangeContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(escalation.AddNote(context.Actor, Text, context.Now));
}

/// <summary>Ends the escalation with how it ended (agents).</summary>
public sealed record ResolveEscalation(string Outcome) : EscalationChange
{
    public override ValueTask<Result> ApplyAsync(Escalation escalation, EscalationChangeContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(escalation.Resolve(context.Actor, Outcome, context.Now));
}
