using ServiceDesk.Application.Abstractions;

namespace ServiceDesk.Infrastructure.Notifications;

/// <summary>An in-process broadcast: every waiter of the current round wakes at the next notification.</summary>
internal sealed class TicketChangeSignal : ITicketChangeSignal
{
    private TaskCompletionSource _next = NewRound();

    public void Notify() => Interlocked.Exchange(ref _next, NewRound()).TrySetResult();

    public Task NextNotification() => Volatile.Read(ref _next).Task;

    private static TaskCompletionSource NewRound() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
