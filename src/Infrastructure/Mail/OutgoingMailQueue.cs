using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Notifications;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Mail;

internal sealed class OutgoingMailQueue(ServiceDeskDbContext db, TimeProvider time) : IOutgoingMail
{
    public void Queue(MailMessage message) => db.OutgoingMail.Add(OutgoingMail.For(message, time.GetUtcNow()));

    public async Task<IReadOnlyList<QueuedMail>> ListFailedAsync(QueuedMailPosition? before, int take, CancellationToken cancellationToken)
    {
        var failed = db.OutgoingMail.AsNoTracking().Where(m => m.Status == QueuedMailStatus.Failed);
        if (before is { } position)
            failed = failed.Where(m => m.CreatedAt < position.CreatedAt || (m.CreatedAt == position.CreatedAt && m.Id.CompareTo(position.Id) < 0));
        var rows = await failed.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(take).ToListAsync(cancellationToken);
        return rows.Select(m => m.ToQueuedMail()).ToList();
    }

    public async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var mail = await db.OutgoingMail.SingleOrDefaultAsync(m => m.Id == id && m.Status == QueuedMailStatus.Failed, cancellationToken);
        if (mail is null) return false;
        mail.Retry(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
