using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Mail;

/// <summary>
/// The outbox's second stage: sends due messages one by one. A message is claimed (saved with a lease) before it is
/// sent and marked sent right after, so a crash in between sends it at most once more, with the same Message-ID.
/// A failure backs off; after <see cref="MailSettings.MaxAttempts"/> the message waits for an administrator.
/// </summary>
public sealed class MailDispatcher(
    ServiceDeskDbContext db,
    IMailTransport transport,
    OutgoingMimeMessages messages,
    MailSettings settings,
    TimeProvider time,
    ILogger<MailDispatcher> logger)
{
    private const int BatchSize = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>One batch; returns how many messages were sent.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.OutgoingMail
            .Where(m => m.Status == QueuedMailStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var mail in due)
        {
            if (!await ClaimAsync(mail, cancellationToken)) continue;
            try
            {
                await transport.SendAsync(messages.Build(mail), cancellationToken);
                mail.Sent(time.GetUtcNow());
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Sending mail {MailId} to {Recipient} failed", mail.Id, mail.ToAddress);
                mail.Failed(exception.Message, IsPermanent(exception), settings.MaxAttempts, time.GetUtcNow());
            }
            // Marking it must not be cancelled half-way: the message is out.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
    }

    private async Task<bool> ClaimAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        mail.Claim(time.GetUtcNow(), Lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(mail).State = EntityState.Detached;
            return false;
        }
    }

    // 5xx: the server refuses this message or recipient for good; trying again will not help.
    private static bool IsPermanent(Exception exception) => exception is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 };
}
