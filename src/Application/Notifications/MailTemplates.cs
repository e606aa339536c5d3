using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Notifications;

/// <summary>
/// The text of every e-mail, German and English, chosen by the recipient's language. Subjects of ticket mails start
/// with the ticket key in brackets (<c>[SD-1042]</c>) so that people and mail programs see which ticket they concern.
/// </summary>
public static class MailTemplates
{
    /// <summary>Days after resolution when a ticket closes by itself (SPEC section 5).</summary>
    public const int AutoCloseDays = 50;

    public static MailContent TicketCreated(MailRecipient to, Ticket ticket, string portalUrl)
    {
        var letter = new MailLetter(to);
        letter.Add($"{ticket.ReporterName} raised the {letter.Name(ticket.Type)} {ticket.Key} on {letter.Time(ticket.CreatedAt)}:",
                   $"{ticket.ReporterName} hat am {letter.Time(ticket.CreatedAt)} die {letter.Name(ticket.Type)} {ticket.Key} erfasst:")
            .Add($"{ticket.Title}\n\n{ticket.Description}")
            .Add($"Reply to this e-mail to add a comment, or follow the ticket in the portal: {portalUrl}",
                 $"Antworten Sie auf diese E-Mail, um einen Kommentar hinzuzufügen, oder verfolgen Sie das Ticket im Portal: {portalUrl}");
        return letter.Write(Subject(ticket, letter.Say("Ticket received", "Ticket eingegangen")));
    }

    public static MailContent NewTicketForAgents(MailRecipient to, Ticket ticket)
    {
        var letter = new MailLetter(to);
        letter.Add($"New {letter.Name(ticket.Type)} from {ticket.ReporterName} ({ticket.Channel}), received {letter.Time(ticket.CreatedAt)}:",
                   $"Neue {letter.Name(ticket.Type)} von {ticket.ReporterName} ({ticket.Channel}), eingegangen am {letter.Time(ticket.CreatedAt)}:")
            .Add($"{ticket.Title}\n\n{ticket.Description}");
        if (ticket.IsConfidential) letter.Add("Confidential: the ticket carries personal data.", "Vertraulich: das Ticket enthält personenbezogene Daten.");
        return letter.Write(Subject(ticket, letter.Say("New ticket", "Neues Ticket")));
    }

    /// <summary>Comments and changes recorded together by one command, for a customer or (a customer's reply) for agents.</summary>
    public static MailContent TicketChanged(MailRecipient to, Ticket ticket, MailKind kind, IReadOnlyList<TicketActivity> entries, string portalUrl)
    {
        var letter = new MailLetter(to);
        var headline = kind switch
        {
            MailKind.TicketResolved => letter.Say("Ticket resolved", "Ticket gelöst"),
            MailKind.ClarificationNeeded => letter.Say("Your answer is needed", "Ihre Rückmeldung wird benötigt"),
            MailKind.CustomerReplied => letter.Say("Customer replied", "Antwort des Kunden"),
            _ => letter.Say("Ticket updated", "Ticket aktualisiert"),
        };
        foreach (var entry in entries) letter.Add(Describe(letter, entry));
        switch (kind)
        {
            case MailKind.TicketResolved:
                var closesAt = (ticket.ResolvedAt ?? entries[^1].At).AddDays(AutoCloseDays);
                letter.Add($"Please confirm the solution by closing the ticket in the portal ({portalUrl}) or by replying to this e-mail. "
                           + $"If the solution does not work, reply and tell us: the ticket is reopened. Without an answer the ticket closes "
                           + $"automatically {AutoCloseDays} days after it was resolved, on {letter.Time(closesAt)}.",
                           $"Bitte bestätigen Sie die Lösung, indem Sie das Ticket im Portal ({portalUrl}) schließen oder auf diese E-Mail antworten. "
                           + $"Falls die Lösung nicht funktioniert, antworten Sie uns bitte: das Ticket wird wieder geöffnet. Ohne Antwort wird das Ticket "
                           + $"{AutoCloseDays} Tage nach der Lösung automatisch geschlossen, am {letter.Time(closesAt)}.");
                break;
            case MailKind.ClarificationNeeded:
                letter.Add("Please answer by replying to this e-mail or in the portal. We send reminders after 10, 20 and 30 days; "
                           + "after 40 days without an answer the ticket is closed.",
                           "Bitte antworten Sie auf diese E-Mail oder im Portal. Wir erinnern Sie nach 10, 20 und 30 Tagen; "
                           + "nach 40 Tagen ohne Antwort wird das Ticket geschlossen.");
                break;
        }
        return letter.Write(Subject(ticket, headline));
    }

    public static MailContent Welcome(MailRecipient to, string portalUrl)
    {
        var letter = new MailLetter(to);
        letter.Add($"you now have access to the service desk. Sign in with your e-mail address {to.Email} at {portalUrl}. "
                   + "Your initial password is given to you separately; please change it after signing in.",
                   $"Sie haben jetzt Zugang zum Service Desk. Melden Sie sich mit Ihrer E-Mail-Adresse {to.Email} an unter {portalUrl}. "
                   + "Ihr Anfangspasswort erhalten Sie gesondert; bitte ändern Sie es nach der ersten Anmeldung.")
            .Add("You can also raise a request by writing to this address.",
                 "Sie können eine Anfrage auch per E-Mail an diese Adresse stellen.");
        return letter.Write(letter.Say("Welcome to the service desk", "Willkommen im Service Desk"));
    }

    /// <summary>The <paramref name="number"/>th reminder (1 to 3) of a question waiting for the customer.</summary>
    public static MailContent OnHoldReminder(MailRecipient to, Ticket ticket, int number, DateTimeOffset closesAt)
    {
        var letter = new MailLetter(to);
        var asked = ticket.ClarificationRequestedAt ?? ticket.UpdatedAt;
        letter.Add($"reminder {number} of 3: on {letter.Time(asked)} we asked you a question about {ticket.Key} \"{ticket.Title}\" and are still waiting for your answer.",
                   $"Erinnerung {number} von 3: am {letter.Time(asked)} haben wir Ihnen eine Frage zu {ticket.Key} \"{ticket.Title}\" gestellt und warten noch auf Ihre Antwort.")
            .Add($"Please reply to this e-mail. Without an answer the ticket closes automatically on {letter.Time(closesAt)}.",
                 $"Bitte antworten Sie auf diese E-Mail. Ohne Antwort wird das Ticket am {letter.Time(closesAt)} automatisch geschlossen.");
        return letter.Write(Subject(ticket, letter.Say("Reminder: your answer is needed", "Erinnerung: Ihre Rückmeldung wird benötigt")));
    }

    /// <summary>A critical incident reported outside service hours: the on-call duty is alarmed.</summary>
    public static MailContent OnCallAlarm(MailRecipient to, Ticket ticket)
    {
        var letter = new MailLetter(to);
        letter.Add($"ON-CALL ALARM: {ticket.ReporterName} reported a critical incident on {letter.Time(ticket.CreatedAt)} outside service hours.",
                   $"RUFBEREITSCHAFT: {ticket.ReporterName} hat am {letter.Time(ticket.CreatedAt)} außerhalb der Servicezeiten eine kritische Störung gemeldet.")
            .Add($"{ticket.Title}\n\n{ticket.Description}");
        return letter.Write(Subject(ticket, letter.Say("ON-CALL ALARM", "RUFBEREITSCHAFT")));
    }

    /// <summary>A delivery's news for its organisation: planned, a new estimated date, the package ready, maintenance, installed.</summary>
    public static MailContent DeliveryAnnouncement(MailRecipient to, DeliveryNews news)
    {
        var letter = new MailLetter(to);
        letter.Add($"Delivery {news.PatchVersion}: {news.English}", $"Auslieferung {news.PatchVersion}: {news.German}");
        if (news.EstimatedDate is { } date)
            letter.Add($"Estimated delivery date: {date:dd.MM.yyyy} (an estimate, not a promise).",
                       $"Voraussichtlicher Auslieferungstermin: {date:dd.MM.yyyy} (eine Schätzung, keine Zusage).");
        return letter.Write(letter.Say($"[Delivery {news.PatchVersion}] {news.English}", $"[Auslieferung {news.PatchVersion}] {news.German}"));
    }

    /// <summary>The answer to a stranger: nothing was created; access is a matter for their organisation.</summary>
    public static MailContent UnknownSender(MailRecipient to, string subject, string portalUrl)
    {
        var letter = new MailLetter(to);
        letter.Add($"we received your e-mail \"{subject}\". Your address is not registered as a support contact, so no ticket was created. "
                   + "If you need access to the service desk, please ask your organisation's support contact to request it for you.",
                   $"wir haben Ihre E-Mail \"{subject}\" erhalten. Ihre Adresse ist nicht als Supportkontakt registriert, daher wurde kein Ticket erstellt. "
                   + "Wenn Sie Zugang zum Service Desk benötigen, bitten Sie den Supportkontakt Ihrer Organisation, ihn für Sie zu beantragen.")
            .Add($"Registered contacts raise tickets by e-mail or in the portal: {portalUrl}",
                 $"Registrierte Kontakte erfassen Tickets per E-Mail oder im Portal: {portalUrl}");
        return letter.Write(letter.Say("Your e-mail did not create a ticket", "Ihre E-Mail hat kein Ticket erstellt"));
    }

    /// <summary>The answer to mail over the size limit: it was not processed.</summary>
    public static MailContent MailTooLarge(MailRecipient to, string subject, string portalUrl)
    {
        var letter = new MailLetter(to);
        letter.Add($"your e-mail \"{subject}\" is larger than the service desk accepts and was not processed.",
                   $"Ihre E-Mail \"{subject}\" ist größer, als der Service Desk annimmt, und wurde nicht verarbeitet.")
            .Add($"Please send it again without the large files and upload them to the ticket in the portal: {portalUrl}",
                 $"Bitte senden Sie sie ohne die großen Dateien erneut und laden Sie diese im Portal zum Ticket hoch: {portalUrl}");
        return letter.Write(letter.Say("Your e-mail was too large", "Ihre E-Mail war zu groß"));
    }

    /// <summary>An escalation reached the recipient's level: what the ticket is, why it was escalated, by whom, who owns it now.</summary>
    public static MailContent EscalationAlert(MailRecipient to, Escalation escalation, EscalationStep reached, Ticket ticket, string portalUrl)
    {
        var letter = new MailLetter(to);
        var level = $"{reached.Level} ({EscalationLevel.TitleOf(reached.Level)})";
        var reason = letter.Name(reached.Reason ?? escalation.Reason);
        letter.Add($"{reached.ActorName} escalated {ticket.Key} \"{ticket.Title}\" to level {level} on {letter.Time(reached.At)}. Reason: {reason}.",
                   $"{reached.ActorName} hat {ticket.Key} \"{ticket.Title}\" am {letter.Time(reached.At)} auf Stufe {level} eskaliert. Grund: {reason}.")
            .Add(reached.Text)
            .Add($"Escalation raised on {letter.Time(escalation.OpenedAt)} by {escalation.RaisedByName}; owner at this level: {escalation.OwnerName ?? "nobody yet"}.",
                 $"Eskalation eröffnet am {letter.Time(escalation.OpenedAt)} von {escalation.RaisedByName}; verantwortlich auf dieser Stufe: {escalation.OwnerName ?? "noch niemand"}.")
            .Add($"The ticket: {portalUrl}", $"Das Ticket: {portalUrl}");
        return letter.Write(Subject(ticket, letter.Say($"Escalation level {reached.Level}", $"Eskalationsstufe {reached.Level}")));
    }

    private static string Subject(Ticket ticket, string headline) => $"[{ticket.Key}] {headline}: {ticket.Title}";

    private static string Describe(MailLetter letter, TicketActivity entry) => entry.Kind switch
    {
        ActivityKind.Comment => $"{entry.ActorName} {letter.Say("wrote on", "schrieb am")} {letter.Time(entry.At)}:\n{entry.Text}",
        ActivityKind.StatusChanged => $"{letter.Say("Status", "Status")}: {Change<TicketStatus>(letter, entry)}",
        ActivityKind.TypeChanged => $"{letter.Say("Type", "Typ")}: {Change<TicketType>(letter, entry)}",
        ActivityKind.PriorityChanged => $"{letter.Say("Priority", "Priorität")}: {Change<Priority>(letter, entry)}",
        ActivityKind.FixVersionChanged => $"{letter.Say("Delivered with version", "Ausgeliefert mit Version")}: {entry.From ?? "–"} → {entry.To ?? "–"}",
        _ => "",
    };

    private static string Change<TEnum>(MailLetter letter, TicketActivity entry) where TEnum : struct, Enum
    {
        string Word(string? value) => Enum.TryParse<TEnum>(value, out var parsed) ? letter.Name(parsed) : "–";
        return $"{Word(entry.From)} → {Word(entry.To)}";
    }
}
