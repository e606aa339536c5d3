namespace ServiceDesk.Application.Notifications;

/// <summary>German names of the statuses, types, priorities and escalation reasons people read in e-mails; English ones come from the enum names.</summary>
internal static class MailGlossary
{
    public static readonly IReadOnlyDictionary<string, string> German = new Dictionary<string, string>
    {
        ["Opened"] = "Eröffnet",
        ["PreCheck"] = "Vorprüfung",
        ["InReview"] = "In Prüfung",
        ["ClarificationRequired"] = "Klärung erforderlich",
        ["InProgress"] = "In Bearbeitung",
        ["DeliveryPending"] = "Auslieferung ausstehend",
        ["Resolved"] = "Gelöst",
        ["Closed"] = "Geschlossen",
        ["EstimationInProgress"] = "Aufwandsschätzung läuft",
        ["EstimationAvailable"] = "Aufwandsschätzung liegt vor",
        ["Ordered"] = "Beauftragt",
        ["Incident"] = "Störung",
        ["Request"] = "Anfrage",
        ["SoftwareDefect"] = "Softwarefehler",
        ["NonSoftwareDefect"] = "Nicht-Software-Fehler",
        ["ConsultingRequest"] = "Beratungsanfrage",
        ["SupportRequest"] = "Supportanfrage",
        ["Customisation"] = "Anpassung",
        ["Suggestion"] = "Verbesserungsvorschlag",
        ["Delivery"] = "Auslieferung",
        ["Critical1"] = "1 kritisch",
        ["Critical2"] = "2 kritisch",
        ["Major"] = "3 schwer",
        ["Minor"] = "4 leicht",
        ["ReactionTimeExceeded"] = "Reaktionszeit überschritten",
        ["RestorationTimeExceeded"] = "Wiederherstellungszeit überschritten",
        ["TicketHandling"] = "Bearbeitung des Tickets",
        ["ProductQuality"] = "Produktqualität",
    };
}
