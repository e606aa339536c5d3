using ServiceDesk.Application.Notifications;

namespace ServiceDesk.Application.Abstractions;

/// <summary>The queue of addressed e-mails: rows saved with the unit of work, sent later by the dispatcher.</summary>
public interface IOutgoingMail
{
    /// <summary>Adds the message to the current unit of work; nothing is sent before it commits.</summary>
    void Queue(MailMessage message);

    /// <summary>Messages that kept failing and wait for an administrator, newest first, before the given position (keyset).</summary>
    Task<IReadOnlyList<QueuedMail>> ListFailedAsync(QueuedMailPosition? before, int take, CancellationToken cancellationToken);

    /// <summary>Puts a failed message back into the queue, due now; false when there is no such failed message.</summary>
    Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken);
}

public enum QueuedMailStatus
{
    Pending = 1,
    Sent = 2,
    Failed = 3,
}

/// <summary>A queued message as administrators see it.</summary>
public sealed record QueuedMail(Guid Id, MailKind Kind, string To, string Subject, QueuedMailStatus Status, int Attempts, string? LastError, DateTimeOffset CreatedAt);

public sealed record QueuedMailPosition(DateTimeOffset CreatedAt, Guid Id);
