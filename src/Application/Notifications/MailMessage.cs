using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Notifications;

/// <summary>Who an e-mail goes to, and how to write to them.</summary>
public sealed record MailRecipient(string Email, string Name, Language Language, string TimeZoneId)
{
    public static MailRecipient Of(Account account) => new(account.Email, account.Name, account.Language, account.TimeZoneId);

    public static MailRecipient Of(EscalationContact contact) => new(contact.Email, contact.Name, contact.Language, contact.TimeZoneId);
}

/// <summary>Subject and bodies, rendered for one recipient.</summary>
public sealed record MailContent(string Subject, string Text, string Html);

/// <summary>One addressed, rendered e-mail; a message about a ticket names it so replies can thread back.</summary>
public sealed record MailMessage(MailKind Kind, MailRecipient To, MailContent Content, long? TicketId = null);
