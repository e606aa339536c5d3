using System.Text.RegularExpressions;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Mail;

/// <summary>
/// How a ticket's reply token travels: <c>SD-1042.&lt;token&gt;</c> in the Message-ID and References of our mail and as the
/// plus tag of the Reply-To address; and how it is found again in a reply.
/// </summary>
public static partial class MailThreading
{
    public static string Tag(long ticketId, string token) => $"{Ticket.FormatKey(ticketId)}.{token}";

    public static string MessageId(Guid mailId, string? tag, string domain) => tag is null ? $"{mailId:N}@{domain}" : $"{mailId:N}.{tag}@{domain}";

    public static string ReplyAddress(string address, string tag)
    {
        var at = address.LastIndexOf('@');
        return $"{address[..at]}+{tag}{address[at..]}";
    }

    /// <summary>Every (ticket, token) pair named in the given message ids and addresses.</summary>
    public static IEnumerable<(long TicketId, string Token)> FindTags(IEnumerable<string> idsAndAddresses) =>
        idsAndAddresses.SelectMany(text => TagPattern().Matches(text))
            .Select(m => (long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value.ToLowerInvariant()))
            .Distinct();

    [GeneratedRegex(@"SD-(\d{1,18})\.([0-9a-fA-F]{16})\b", RegexOptions.IgnoreCase)]
    private static partial Regex TagPattern();
}
