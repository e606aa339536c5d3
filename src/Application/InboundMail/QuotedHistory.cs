using System.Text.RegularExpressions;

namespace ServiceDesk.Application.InboundMail;

/// <summary>
/// Cuts the quoted earlier mail off a reply, where mail programs mark it recognisably: "On … wrote:", "Am … schrieb …:",
/// an "Original Message" separator, an Outlook header block, or a closing block of "&gt;" lines. When nothing would be
/// left, the text is kept whole: a wrong cut loses the customer's words, a missed one only repeats ours.
/// </summary>
public static partial class QuotedHistory
{
    public static string Trim(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var cut = Enumerable.Range(0, lines.Length).FirstOrDefault(i => StartsHistory(lines, i), -1);
        if (cut < 0) return text;
        var kept = string.Join('\n', lines[..cut]).TrimEnd();
        return kept.Length == 0 ? text : kept;
    }

    private static bool StartsHistory(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (Separator().IsMatch(line) || Attribution().IsMatch(line)) return true;
        // Outlook: "From: …" followed within a few lines by "Sent: …".
        if (OutlookFrom().IsMatch(line) && lines.Skip(i + 1).Take(4).Any(l => OutlookSent().IsMatch(l.Trim()))) return true;
        // A quote that runs to the end of the mail.
        return line.StartsWith('>') && lines.Skip(i).All(l => l.TrimStart().StartsWith('>') || string.IsNullOrWhiteSpace(l));
    }

    [GeneratedRegex(@"^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(On|Am)\s.{4,200}\s(wrote|schrieb)( .{1,100})?:$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^\*?(From|Von):\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookFrom();

    [GeneratedRegex(@"^\*?(Sent|Gesendet|Date|Datum):\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookSent();
}
