using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>AIP resource names: `tickets/SD-1042`, `accounts/{id}`, `organizations/{id}`, `partnerSystems/{id}`, `holidayCalendars/{id}`, `escalations/{id}`, `escalationLevels/{0..3}`, and their children.</summary>
public static class ResourceNames
{
    public const string Tickets = "tickets/";
    public const string Accounts = "accounts/";
    public const string Organizations = "organizations/";
    public const string PartnerSystems = "partnerSystems/";
    public const string Deliveries = "deliveries/";
    public const string Mail = "mail/";
    public const string Escalations = "escalations/";
    public const string EscalationLevels = "escalationLevels/";
    public const string HolidayCalendars = "holidayCalendars/";
    private const string SlaContractSegment = "/slaContract";
    public const string QuarantinedMailCollection = "quarantinedMail/";
    private const string AttachmentsSegment = "/attachments/";
    private const string WorkLogsSegment = "/workLogs/";
    private const string BudgetSuffix = "/budget";

    public static string Ticket(long id) => Tickets + Domain.Tickets.Ticket.FormatKey(id);
    public static string Account(Guid id) => Accounts + id;
    public static string Organization(Guid id) => Organizations + id;
    public static string PartnerSystem(Guid id) => PartnerSystems + id;
    public static string Delivery(Guid id) => Deliveries + id;
    public static string OutgoingMail(Guid id) => Mail + id;
    public static string QuarantinedMail(Guid id) => QuarantinedMailCollection + id;
    public static string Escalation(Guid id) => Escalations + id;
    public static string EscalationLevel(int number) => EscalationLevels + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public static string Attachment(long ticketId, Guid id) => Ticket(ticketId) + AttachmentsSegment + id;
    public static string WorkLog(long ticketId, Guid id) => Ticket(ticketId) + WorkLogsSegment + id;
    public static string Budget(Guid organizationId) => Organization(organizationId) + BudgetSuffix;
    public static string SlaContract(Guid organizationId) => Organization(organizationId) + SlaContractSegment;
    public static string HolidayCalendar(string id) => HolidayCalendars + id;
    public static string? OptionalAccount(Guid? id) => id is { } value ? Account(value) : "";

    /// <summary>Accepts `tickets/SD-1042` and the bare key `SD-1042`.</summary>
    public static long ParseTicket(string? name, string field = "name")
    {
        var key = name is not null && name.StartsWith(Tickets, StringComparison.Ordinal) ? name[Tickets.Length..] : name;
        return Domain.Tickets.Ticket.TryParseKey(key, out var id) ? id : throw Invalid(field, "a ticket such as tickets/SD-1042");
    }

    public static (long TicketId, Guid AttachmentId) ParseAttachment(string? name, string field = "name")
    {
        var at = name?.IndexOf(AttachmentsSegment, StringComparison.Ordinal) ?? -1;
        if (at < 0 || !Guid.TryParse(name.AsSpan(at + AttachmentsSegment.Length), out var attachmentId))
            throw Invalid(field, "an attachment such as tickets/SD-1042/attachments/{id}");
        return (ParseTicket(name![..at], field), attachmentId);
    }

    public static (long TicketId, Guid WorkLogId) ParseWorkLog(string? name, string field = "name")
    {
        var at = name?.IndexOf(WorkLogsSegment, StringComparison.Ordinal) ?? -1;
        if (at < 0 || !Guid.TryParse(name.AsSpan(at + WorkLogsSegment.Length), out var workLogId))
            throw Invalid(field, "a work log such as tickets/SD-1042/workLogs/{id}");
        return (ParseTicket(name![..at], field), workLogId);
    }

    /// <summary>Accepts `organizations/{id}/budget` and the organisation's own name.</summary>
    public static Guid ParseBudget(string? name, string field = "name") =>
        ParseOrganization(name is not null && name.EndsWith(BudgetSuffix, StringComparison.Ordinal) ? name[..^BudgetSuffix.Length] : name, field);

    public static Guid ParseAccount(string? name, string field = "name") => ParseId(name, Accounts, field);
    public static Guid ParseOrganization(string? name, string field = "name") => ParseId(name, Organizations, field);
    public static Guid ParseMail(string? name, string field = "name") => ParseId(name, Mail, field);
    public static Guid ParsePartnerSystem(string? name, string field = "name") => ParseId(name, PartnerSystems, field);
    public static Guid ParseDelivery(string? name, string field = "name") => ParseId(name, Deliveries, field);
    public static Guid ParseEscalation(string? name, string field = "name") => ParseId(name, Escalations, field);

    public static int ParseEscalationLevel(string? name, string field = "name") =>
        name is not null && name.StartsWith(EscalationLevels, StringComparison.Ordinal)
        && int.TryParse(name.AsSpan(EscalationLevels.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Invalid(field, "a level such as escalationLevels/1");

    /// <summary>`organizations/{id}/slaContract`: the organisation's id.</summary>
    public static Guid ParseSlaContract(string? name, string field = "name") =>
        name is not null && name.EndsWith(SlaContractSegment, StringComparison.Ordinal)
            ? ParseOrganization(name[..^SlaContractSegment.Length], field)
            : throw Invalid(field, "a contract such as organizations/{id}/slaContract");

    public static string ParseHolidayCalendar(string? name, string field = "name") =>
        name is not null && name.StartsWith(HolidayCalendars, StringComparison.Ordinal) && name.Length > HolidayCalendars.Length
            ? name[HolidayCalendars.Length..]
            : throw Invalid(field, "a calendar such as holidayCalendars/de-sl");

    public static string? ParseOptionalHolidayCalendar(string? name, string field) => string.IsNullOrEmpty(name) ? null : ParseHolidayCalendar(name, field);

    public static Guid? ParseOptionalAccount(string? name, string field) => string.IsNullOrEmpty(name) ? null : ParseAccount(name, field);
    public static Guid? ParseOptionalOrganization(string? name, string field) => string.IsNullOrEmpty(name) ? null : ParseOrganization(name, field);

    private static Guid ParseId(string? name, string collection, string field) =>
        name is not null && name.StartsWith(collection, StringComparison.Ordinal) && Guid.TryParse(name.AsSpan(collection.Length), out var id)
            ? id
            : throw Invalid(field, $"a resource name such as {collection}{{id}}");

    private static InputValidationException Invalid(string field, string expected) => new(field, $"Expected {expected}.");
}
