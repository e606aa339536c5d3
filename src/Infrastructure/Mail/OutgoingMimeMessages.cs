using MimeKit;
using ServiceDesk.Application.Abstractions;

namespace ServiceDesk.Infrastructure.Mail;

/// <summary>Turns a queued row into the MIME message that is sent: the same headers every time it is sent.</summary>
public sealed class OutgoingMimeMessages(MailSettings settings, IReplyTokens tokens)
{
    /// <summary>Names our own mail, so the inbound side never takes it for a customer's.</summary>
    public const string OwnMailHeader = "X-ServiceDesk-Mail";

    public MimeMessage Build(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Subject = mail.Subject;
        message.Date = mail.CreatedAt;
        var tag = mail.TicketId is { } ticketId ? MailThreading.Tag(ticketId, tokens.For(ticketId)) : null;
        message.MessageId = MailThreading.MessageId(mail.Id, tag, settings.Domain);
        if (tag is not null)
        {
            message.ReplyTo.Add(new MailboxAddress(settings.FromName, MailThreading.ReplyAddress(settings.ReplyTo, tag)));
            // Every message about a ticket refers to the same id, so mail programs keep them in one thread.
            var thread = $"{tag}@{settings.Domain}";
            message.InReplyTo = thread;
            message.References.Add(thread);
        }
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        message.Headers.Add(OwnMailHeader, mail.Id.ToString("N"));
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }
}
