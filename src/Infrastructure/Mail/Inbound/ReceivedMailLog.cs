using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.InboundMail;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Mail.Inbound;

internal sealed class ReceivedMailLog(ServiceDeskDbContext db) : IReceivedMailLog
{
    private static readonly ReceivedMailOutcome[] Quarantined = [ReceivedMailOutcome.UnknownSender, ReceivedMailOutcome.Malformed];

    public Task<bool> ContainsAsync(string messageId, CancellationToken cancellationToken) =>
        db.ReceivedMail.AnyAsync(m => m.MessageId == messageId, cancellationToken);

    public Task<bool> AnsweredSinceAsync(string fromAddress, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.ReceivedMail.AnyAsync(m => m.FromAddress == fromAddress && m.Answered && m.ReceivedAt >= since, cancellationToken);

    public void Record(ReceivedMail entry) => db.ReceivedMail.Add(entry);

    public async Task<IReadOnlyList<ReceivedMail>> ListQuarantinedAsync((DateTimeOffset At, Guid Id)? before, int take, CancellationToken cancellationToken)
    {
        var quarantined = db.ReceivedMail.AsNoTracking().Where(m => Quarantined.Contains(m.Outcome));
        if (before is var (at, id))
            quarantined = quarantined.Where(m => m.ReceivedAt < at || (m.ReceivedAt == at && m.Id.CompareTo(id) < 0));
        return await quarantined.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id).Take(take).ToListAsync(cancellationToken);
    }
}
