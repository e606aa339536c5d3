namespace ServiceDesk.Application.Notifications;

/// <summary>Every kind of e-mail the desk sends; each has a German and an English template in <see cref="MailTemplates"/>.</summary>
public enum MailKind
{
    TicketCreated = 1,
    /// <summary>Comments and changes of status, type, priority or fix version.</summary>
    TicketChanged = 2,
    TicketResolved = 3,
    ClarificationNeeded = 4,
    NewTicketForAgents = 5,
    CustomerReplied = 6,
    Welcome = 7,
    OnHoldReminder = 8,
    OnCallAlarm = 9,
    DeliveryAnnouncement = 10,
    /// <summary>The answer to mail from an address that is no active contact.</summary>
    UnknownSender = 11,
    /// <summary>The answer to mail over the size limit.</summary>
    MailTooLarge = 12,
    /// <summary>An escalation reached a level: its contacts are alerted.</summary>
    EscalationAlert = 13,
}
