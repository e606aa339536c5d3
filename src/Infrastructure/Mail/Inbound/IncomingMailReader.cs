using MimeKit;
using ServiceDesk.Application.InboundMail;

namespace ServiceDesk.Infrastructure.Mail.Inbound;

/// <summary>
/// Reads what the desk needs from a received message: sender, subject, text (plain preferred, HTML made safe text),
/// files and reply tags; and the verdict on mail that must never become a ticket or a comment.
/// </summary>
public sealed class IncomingMailReader(MailSettings settings)
{
    private static readonly string[] BulkPrecedence = ["bulk", "junk", "list"];
    private static readonly string[] DaemonLocalParts = ["mailer-daemon", "postmaster"];

    /// <summary>The parts read from the headers alone (all an oversized message gets), with the verdict they allow.</summary>
    public IncomingMail ReadHeaders(HeaderList headers)
    {
        var from = InternetAddressList.TryParse(headers[HeaderId.From] ?? "", out var list) ? list.Mailboxes.FirstOrDefault() : null;
        var tags = MailThreading.FindTags(new[] { HeaderId.InReplyTo, HeaderId.References, HeaderId.To, HeaderId.Cc }.Select(h => headers[h] ?? ""))
            .Select(t => new ReplyTag(t.TicketId, t.Token)).ToList();
        var verdict = VerdictOf(headers, from) ?? MailVerdict.Customer;
        return new IncomingMail(IncomingMessageIds.Of(headers), from?.Address ?? "", from?.Name ?? "", headers[HeaderId.Subject] ?? "", "", [], tags, verdict,
            verdict is MailVerdict.Malformed && from is null ? "No sender address." : null);
    }

    /// <summary>The whole message; more parts than <see cref="ImapSettings.MaxParts"/> is malformed.</summary>
    public IncomingMail Read(MimeMessage message)
    {
        var headersOnly = ReadHeaders(message.Headers);
        if (headersOnly.Verdict is not MailVerdict.Customer) return headersOnly;
        var parts = message.BodyParts.Take(settings.Imap.MaxParts + 1).Count();
        if (parts > settings.Imap.MaxParts)
            return headersOnly with { Verdict = MailVerdict.Malformed, Problem = $"More than {settings.Imap.MaxParts} MIME parts." };
        var text = message.TextBody ?? (message.HtmlBody is { } html ? HtmlText.ToPlainText(html) : "");
        return headersOnly with { Text = text.Trim(), Files = message.Attachments.Select(File).ToList() };
    }

    /// <summary>Quarantined, with what could be read of the headers, when the message itself cannot be read.</summary>
    public IncomingMail Malformed(HeaderList headers, Exception problem) =>
        ReadHeaders(headers) with { Verdict = MailVerdict.Malformed, Problem = $"{problem.GetType().Name}: {problem.Message}" };

    /// <summary>Never a ticket: auto-replies, bounces, our own mail, mail without a sender; null when none of those.</summary>
    private MailVerdict? VerdictOf(HeaderList headers, MailboxAddress? from)
    {
        if (headers.Contains(OutgoingMimeMessages.OwnMailHeader)
            || string.Equals(from?.Address, settings.FromAddress, StringComparison.OrdinalIgnoreCase))
            return MailVerdict.OwnMail;
        if (headers[HeaderId.ReturnPath]?.Trim() == "<>"
            || DaemonLocalParts.Contains(from?.LocalPart, StringComparer.OrdinalIgnoreCase)
            || headers[HeaderId.ContentType]?.Contains("multipart/report", StringComparison.OrdinalIgnoreCase) == true)
            return MailVerdict.Bounce;
        if (headers["Auto-Submitted"] is { } submitted && !submitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase)
            || headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond")
            || BulkPrecedence.Contains(headers[HeaderId.Precedence]?.Trim(), StringComparer.OrdinalIgnoreCase))
            return MailVerdict.AutoReply;
        return from is null ? MailVerdict.Malformed : null;
    }

    private static IncomingFile File(MimeEntity entity, int index)
    {
        using var content = new MemoryStream();
        string name;
        if (entity is MessagePart { Message: { } attached })
        {
            attached.WriteTo(content);
            name = (entity.ContentDisposition?.FileName ?? attached.Subject ?? "message") + ".eml";
        }
        else
        {
            var part = (MimePart)entity;
            part.Content?.DecodeTo(content);
            name = part.FileName ?? $"attachment-{index + 1}";
        }
        // As long as the attachment table takes them.
        var fileName = Path.GetFileName(name);
        var mimeType = entity.ContentType.MimeType;
        return new IncomingFile(fileName.Length > 260 ? fileName[^260..] : fileName, mimeType.Length > 200 ? "application/octet-stream" : mimeType, content.ToArray());
    }
}
