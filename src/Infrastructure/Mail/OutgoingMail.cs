using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Notifications;

namespace ServiceDesk.Infrastructure.Mail;

/// <summary>
/// One addressed e-mail waiting to be sent, saved in the transaction of the change that caused it. Its id is its
/// Message-ID, so a message sent again after a crash is recognisable as the same one.
/// </summary>
public sealed class OutgoingMail
{
    public Guid Id { get; private set; }
    public MailKind Kind { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public long? TicketId { get; private set; }
    public QueuedMailStatus Status { get; private set; }
    public int Attempts { get; private set; }
    /// <summary>When the dispatcher may take it: now for a new message, later after a failure, or when a claim's lease runs out.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    /// <summary>Concurrency token: two dispatchers cannot both claim the same message.</summary>
    public int Version { get; private set; }

    private OutgoingMail() { }

    public static OutgoingMail For(MailMessage message, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Kind = message.Kind,
        ToAddress = message.To.Email,
        ToName = message.To.Name,
        Subject = message.Content.Subject,
        TextBody = message.Content.Text,
        HtmlBody = message.Content.Html,
        TicketId = message.TicketId,
        Status = QueuedMailStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>Taken by one dispatcher until the lease ends; should it die, another sends it after that.</summary>
    public void Claim(DateTimeOffset now, TimeSpan lease)
    {
        NextAttemptAt = now + lease;
        Version++;
    }

    public void Sent(DateTimeOffset now)
    {
        (Status, SentAt, LastError) = (QueuedMailStatus.Sent, now, null);
        Version++;
    }

    /// <summary>Backs off exponentially (1, 2, 4 … minutes, at most an hour); after the last attempt, or a permanent refusal, it waits for an administrator.</summary>
    public void Failed(string error, bool permanent, int maxAttempts, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (permanent || Attempts >= maxAttempts) Status = QueuedMailStatus.Failed;
        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Attempts - 1)));
        Version++;
    }

    public void Retry(DateTimeOffset now)
    {
        (Status, Attempts, NextAttemptAt) = (QueuedMailStatus.Pending, 0, now);
        Version++;
    }

    public QueuedMail ToQueuedMail() => new(Id, Kind, ToAddress, Subject, Status, Attempts, LastError, CreatedAt);
}
