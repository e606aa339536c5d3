using ServiceDesk.Application.InboundMail;

namespace ServiceDesk.Application.Abstractions;

/// <summary>Every received message by its Message-ID (unique), what it became, and the quarantine list among them.</summary>
public interface IReceivedMailLog
{
    Task<bool> ContainsAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Whether the sender got an automatic answer since the given time.</summary>
    Task<bool> AnsweredSinceAsync(string fromAddress, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Adds the entry to the current unit of work; a second entry with the same Message-ID fails the commit.</summary>
    void Record(ReceivedMail entry);

    /// <summary>Quarantined messages, newest first, before the given position (keyset).</summary>
    Task<IReadOnlyList<ReceivedMail>> ListQuarantinedAsync((DateTimeOffset At, Guid Id)? before, int take, CancellationToken cancellationToken);
}
