using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Text;

namespace ServiceDesk.Infrastructure.Mail.Inbound;

/// <summary>HTML mail as safe plain text: only the visible words, no markup, scripts or styles; blocks become lines.</summary>
internal static partial class HtmlText
{
    private static readonly HashSet<HtmlTagId> Hidden = [HtmlTagId.Script, HtmlTagId.Style, HtmlTagId.Head, HtmlTagId.Title];
    private static readonly HashSet<HtmlTagId> Blocks =
    [
        HtmlTagId.Br, HtmlTagId.P, HtmlTagId.Div, HtmlTagId.LI, HtmlTagId.TR, HtmlTagId.BlockQuote, HtmlTagId.HR,
        HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3, HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.Pre, HtmlTagId.Table,
    ];

    public static string ToPlainText(string html)
    {
        var text = new StringBuilder();
        var hidden = 0;
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Hidden.Contains(tag.Id):
                    if (tag.IsEndTag) hidden = Math.Max(0, hidden - 1);
                    else if (!tag.IsEmptyElement) hidden++;
                    break;
                case HtmlTagToken tag when Blocks.Contains(tag.Id):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when hidden == 0:
                    text.Append(Spaces().Replace(data.Data, " "));
                    break;
            }
        }
        var lines = text.ToString().Split('\n').Select(l => l.Trim());
        return ManyBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ManyBlankLines();
}
