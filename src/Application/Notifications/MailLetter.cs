using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Application.Notifications;

/// <summary>Writes one e-mail in the recipient's language, with times in their time zone, as plain text and as HTML.</summary>
internal sealed partial class MailLetter(MailRecipient to)
{
    private readonly List<string> _paragraphs = [];

    public bool German => to.Language is Language.German;

    public string Say(string english, string german) => German ? german : english;

    public MailLetter Add(string paragraph)
    {
        if (!string.IsNullOrWhiteSpace(paragraph)) _paragraphs.Add(paragraph.Trim());
        return this;
    }

    public MailLetter Add(string english, string german) => Add(Say(english, german));

    /// <summary>A time as the recipient reads it: their zone, their language's format, the zone named.</summary>
    public string Time(DateTimeOffset at)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(to.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var format = German ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm";
        return $"{local.ToString(format, CultureInfo.InvariantCulture)} ({zone.Id})";
    }

    /// <summary>An enum value as words: German from the glossary, English from its name.</summary>
    public string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        German && MailGlossary.German.TryGetValue(value.ToString(), out var german) ? german : Words(value.ToString());

    public MailContent Write(string subject)
    {
        string[] all = [Say($"Hello {to.Name},", $"Guten Tag {to.Name},"), .. _paragraphs, Say("Your ServiceDesk", "Ihr ServiceDesk")];
        var footer = Say("This message was sent automatically.", "Diese Nachricht wurde automatisch versandt.");
        var text = string.Join("\n\n", all) + "\n\n-- \n" + footer + "\n";
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (var paragraph in all)
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>")).Append("</p>");
        html.Append("<hr><p><small>").Append(WebUtility.HtmlEncode(footer)).Append("</small></p></body></html>");
        return new MailContent(subject, text, html.ToString());
    }

    private static string Words(string name) => WordStart().Replace(name, " $1").Trim();

    [GeneratedRegex("(?<=[a-z])([A-Z0-9])")]
    private static partial Regex WordStart();
}
