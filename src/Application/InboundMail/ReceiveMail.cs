using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Notifications;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Application.Tickets.Attachments;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.InboundMail;

/// <summary>
/// What a received message becomes (SPEC section 2), committed in one transaction with its entry in the received-mail log:
/// <list type="bullet">
/// <item>from an active contact, a reply whose token matches a ticket the sender may see: a public comment with its files;</item>
/// <item>any other mail from an active contact: a new Request, shared with the organisation, channel e-mail;</item>
/// <item>from anyone else: nothing but an entry in the quarantine list, and at most one automatic answer per sender per day;</item>
/// <item>auto-replies, bounces and our own mail: nothing at all; oversized mail: an answer, under the same daily limit.</item>
/// </list>
/// The sender acts for themselves: there is no signed-in caller here.
/// </summary>
public sealed class ReceiveMail(
    IReceivedMailLog log,
    IAccountRepository accounts,
    IOrganizationRepository organizations,
    ITicketRepository tickets,
    ITicketNumbers numbers,
    IReplyTokens tokens,
    IAttachmentStore store,
    IOutgoingMail mail,
    IUnitOfWork unitOfWork,
    AttachmentOptions attachmentOptions,
    NotificationOptions notificationOptions,
    TimeProvider clock)
{
    private const string NoText = "(no text)";
    private static readonly string[] GermanDomains = [".de", ".at", ".ch", ".li"];

    /// <summary>Files and commits the message; null when it was processed before (by this or another instance).</summary>
    public async Task<ReceivedMailOutcome?> HandleAsync(IncomingMail incoming, CancellationToken cancellationToken)
    {
        if (await log.ContainsAsync(incoming.MessageId, cancellationToken)) return null;
        var now = clock.GetUtcNow();
        var sender = incoming.Verdict is MailVerdict.Customer or MailVerdict.TooLarge ? await ActiveContactAsync(incoming.FromAddress, cancellationToken) : null;
        var (outcome, ticketId) = incoming.Verdict switch
        {
            MailVerdict.Customer when sender is null => (ReceivedMailOutcome.UnknownSender, null),
            MailVerdict.Customer => await FileAsync(incoming, sender, now, cancellationToken),
            MailVerdict.AutoReply => (ReceivedMailOutcome.AutoReply, null),
            MailVerdict.Bounce => (ReceivedMailOutcome.Bounce, null),
            MailVerdict.OwnMail => (ReceivedMailOutcome.OwnMail, null),
            MailVerdict.TooLarge => (ReceivedMailOutcome.TooLarge, null),
            _ => (ReceivedMailOutcome.Malformed, (long?)null),
        };
        var answered = await AnswerAsync(outcome, incoming, sender, now, cancellationToken);
        var text = outcome is ReceivedMailOutcome.UnknownSender ? Limit(incoming.Text, TicketLimits.Text) : null;
        // Limits as mapped: a crafted header must not make the entry itself fail.
        log.Record(new ReceivedMail(Guid.NewGuid(), incoming.MessageId, Limit(Account.NormalizeEmail(incoming.FromAddress), 320), Limit(incoming.Subject, 1000), outcome,
            incoming.Problem is { } problem ? Limit(problem, 1000) : null, text, ticketId, answered, now));
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateRequestException)
        {
            return null;
        }
        return outcome;
    }

    private async Task<Account?> ActiveContactAsync(string address, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(address) ? null
            : await accounts.FindByEmailAsync(Account.NormalizeEmail(address), cancellationToken) is { Kind: AccountKind.Contact, IsActive: true } contact ? contact : null;

    private async Task<(ReceivedMailOutcome, long?)> FileAsync(IncomingMail incoming, Account sender, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var actor = sender.ToActor();
        var (files, notes) = await StoreFilesAsync(incoming.Files, cancellationToken);
        var ticket = await RepliedTicketAsync(incoming.ReplyTags, actor, cancellationToken);
        if (ticket is not null)
        {
            var comment = ticket.Comment(actor, Limit(QuotedHistory.Trim(incoming.Text) + notes, TicketLimits.Text, NoText), isInternal: false, now);
            if (comment.IsSuccess)
            {
                foreach (var file in files) ticket.AddAttachment(actor, file, comment.Value.Id, now);
                return (ReceivedMailOutcome.Comment, ticket.Id);
            }
            // A closed ticket takes no comments: the mail becomes a new ticket, as questions after closing should.
        }

        var organization = await organizations.FindAsync(sender.OrganizationId!.Value, cancellationToken)
            ?? throw new InvalidOperationException($"The organisation of contact {sender.Id} does not exist.");
        var reporter = new Reporter(sender.Id, sender.Name, ActorKind.Contact, organization.Id, organization.Region);
        var draft = new NewTicket(Limit(incoming.Subject.Trim(), TicketLimits.Title, "(no subject)"), Limit(incoming.Text + notes, TicketLimits.Text, NoText));
        var opened = Ticket.Open(await numbers.NextAsync(cancellationToken), TicketType.Request, draft, reporter, actor, Channel.Email, now);
        foreach (var file in files) opened.AddAttachment(actor, file, null, now);
        tickets.Add(opened);
        return (ReceivedMailOutcome.NewTicket, opened.Id);
    }

    /// <summary>The ticket a reply belongs to: its token must match and the sender must see it (reporter, participant, or shared with their organisation).</summary>
    private async Task<Ticket?> RepliedTicketAsync(IReadOnlyList<ReplyTag> tags, Actor sender, CancellationToken cancellationToken)
    {
        foreach (var tag in tags.Where(t => tokens.Matches(t.TicketId, t.Token)))
            if (await tickets.FindVisibleAsync(tag.TicketId, sender, cancellationToken) is { } ticket)
                return ticket;
        return null;
    }

    /// <summary>Files too large for the attachment store are named in the text instead of being dropped silently.</summary>
    private async Task<(List<StoredFile>, string)> StoreFilesAsync(IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken)
    {
        var stored = new List<StoredFile>();
        var skipped = new List<string>();
        foreach (var file in files)
        {
            var saved = await store.SaveAsync(Chunk(file.Content), file.FileName, file.ContentType, attachmentOptions.MaxBytes, cancellationToken);
            if (saved is null) skipped.Add(file.FileName);
            else stored.Add(saved);
        }
        var notes = skipped.Count == 0 ? "" : $"\n\n[Not attached, larger than {attachmentOptions.MaxBytes / (1024 * 1024)} MB: {string.Join(", ", skipped)}]";
        return (stored, notes);
    }

    private async Task<bool> AnswerAsync(ReceivedMailOutcome outcome, IncomingMail incoming, Account? sender, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (outcome is not (ReceivedMailOutcome.UnknownSender or ReceivedMailOutcome.TooLarge) || string.IsNullOrEmpty(incoming.FromAddress)) return false;
        // One answer per sender per day at most, whatever they send: two desks answering each other cannot loop.
        if (await log.AnsweredSinceAsync(Account.NormalizeEmail(incoming.FromAddress), now.AddDays(-1), cancellationToken)) return false;
        var to = sender is not null ? MailRecipient.Of(sender) : new MailRecipient(incoming.FromAddress, incoming.FromName, LanguageOf(incoming.FromAddress), "UTC");
        var (kind, content) = outcome is ReceivedMailOutcome.UnknownSender
            ? (MailKind.UnknownSender, MailTemplates.UnknownSender(to, incoming.Subject, notificationOptions.PortalUrl))
            : (MailKind.MailTooLarge, MailTemplates.MailTooLarge(to, incoming.Subject, notificationOptions.PortalUrl));
        mail.Queue(new MailMessage(kind, to, content));
        return true;
    }

    /// <summary>A stranger's language is unknown: German for addresses in German-speaking countries, English otherwise.</summary>
    private static Language LanguageOf(string address) =>
        GermanDomains.Any(d => address.EndsWith(d, StringComparison.OrdinalIgnoreCase)) ? Language.German : Language.English;

    private static string Limit(string text, int length, string whenEmpty = "") =>
        string.IsNullOrWhiteSpace(text) ? whenEmpty : text.Length > length ? text[..length] : text;

    private static IAsyncEnumerable<ReadOnlyMemory<byte>> Chunk(ReadOnlyMemory<byte> content) => new[] { content }.ToAsyncEnumerable();
}
