using ServiceDesk.Application.InboundMail;
using ServiceDesk.Infrastructure.Mail.Inbound;
using Xunit;

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>What a received mail's text becomes: HTML as safe plain text, and a reply without the quoted history.</summary>
public sealed class MailTextTests
{
    [Fact]
    public void Html_becomes_the_visible_text_without_markup_scripts_or_styles()
    {
        const string html = "<html><head><title>x</title><style>p { color: red }</style></head><body>"
            + "<p>Dear desk,</p><div>the <b>import</b> fails &lt;again&gt;.<br>Thanks</div><script>alert('x')</script></body></html>";
        Assert.Equal("Dear desk,\n\nthe import fails <again>.\nThanks", HtmlText.ToPlainText(html));
    }

    [Theory]
    [InlineData("Works now.\n\nOn Tue, 2 Dec 2026 at 10:00, ServiceDesk <desk@servicedesk.test> wrote:\n> Hello")]
    [InlineData("Works now.\n\nAm 02.12.2026 um 10:00 schrieb ServiceDesk <desk@servicedesk.test>:\n> Guten Tag")]
    [InlineData("Works now.\n\n-----Original Message-----\nFrom: ServiceDesk\nHello")]
    [InlineData("Works now.\n\nVon: ServiceDesk <desk@servicedesk.test>\nGesendet: Dienstag, 2. Dezember 2026 10:00\nBetreff: [SD-1] Ticket")]
    [InlineData("Works now.\n> Hello\n>\n> Your ServiceDesk\n")]
    public void Reply_loses_its_quoted_history(string reply) => Assert.Equal("Works now.", QuotedHistory.Trim(reply));

    [Theory]
    [InlineData("> only a quote, nothing of their own")]
    [InlineData("> the import fails\nIt still does.")]
    public void Text_is_kept_whole_where_no_history_can_be_cut_safely(string reply) => Assert.Equal(reply, QuotedHistory.Trim(reply));
}
