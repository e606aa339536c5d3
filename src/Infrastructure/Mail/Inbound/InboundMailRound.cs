using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MimeKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceDesk.Application.InboundMail;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Mail.Inbound;

/// <summary>
/// One round over the mailbox: every unseen message is read, filed by <see cref="ReceiveMail"/> (which commits it with
/// its Message-ID), and only then flagged \Seen. A crash in between leaves it unseen; the next round finds its
/// Message-ID taken and only flags it. A message that cannot be read or filed is quarantined, and the round goes on.
/// </summary>
public sealed class InboundMailRound(
    ImapSettings settings,
    IncomingMailReader reader,
    ReceiveMail receive,
    ServiceDeskDbContext db,
    ILogger<InboundMailRound> logger)
{
    private const int BatchSize = 100;
    private const MessageSummaryItems Summary = MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.Headers;

    /// <summary>Reads the configured folder; returns how many messages it took care of.</summary>
    public Task<int> RunAsync(CancellationToken cancellationToken) => RunAsync(settings.Folder, cancellationToken);

    public async Task<int> RunAsync(string folderName, CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        var folder = await client.GetFolderAsync(folderName, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var unseen = await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken);
        var summaries = unseen.Count == 0 ? [] : await folder.FetchAsync(unseen.Take(BatchSize).ToList(), Summary, cancellationToken);
        foreach (var summary in summaries.OrderBy(s => s.UniqueId))
        {
            await FileAsync(folder, summary, cancellationToken);
            await folder.AddFlagsAsync(summary.UniqueId, MessageFlags.Seen, silent: true, cancellationToken);
        }
        await client.DisconnectAsync(quit: true, cancellationToken);
        return summaries.Count;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for new mail with IMAP IDLE; returns at once when the server has no IDLE.</summary>
    public async Task WaitForMailAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        if (!client.Capabilities.HasFlag(ImapCapabilities.Idle)) return;
        var folder = await client.GetFolderAsync(settings.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        done.CancelAfter(timeout);
        folder.CountChanged += (_, _) => done.Cancel();
        await client.IdleAsync(done.Token, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task FileAsync(IMailFolder folder, IMessageSummary summary, CancellationToken cancellationToken)
    {
        var incoming = await ReadAsync(folder, summary, cancellationToken);
        try
        {
            var outcome = await receive.HandleAsync(incoming, cancellationToken);
            logger.LogInformation("Mail {MessageId} from {From}: {Outcome}", incoming.MessageId, incoming.FromAddress, outcome?.ToString() ?? "processed before");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A message the desk cannot file must not block the mailbox. Should the database be down, quarantining
            // fails too and the round ends with the message unseen, for the next round.
            logger.LogError(exception, "Mail {MessageId} could not be filed; it is quarantined", incoming.MessageId);
            db.ChangeTracker.Clear();
            await receive.HandleAsync(reader.Malformed(HeadersOf(summary), exception), cancellationToken);
        }
    }

    private async Task<IncomingMail> ReadAsync(IMailFolder folder, IMessageSummary summary, CancellationToken cancellationToken)
    {
        var headers = reader.ReadHeaders(HeadersOf(summary));
        if (headers.Verdict is not MailVerdict.Customer) return headers;
        if (summary.Size > settings.MaxMessageBytes) return headers with { Verdict = MailVerdict.TooLarge };
        try
        {
            return reader.Read(await folder.GetMessageAsync(summary.UniqueId, cancellationToken));
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or IOException or ImapProtocolException or ServiceNotConnectedException))
        {
            logger.LogWarning(exception, "Mail {MessageId} could not be read", headers.MessageId);
            return reader.Malformed(HeadersOf(summary), exception);
        }
    }

    private static HeaderList HeadersOf(IMessageSummary summary) => summary.Headers ?? [];

    private async Task<ImapClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = 60_000 };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
