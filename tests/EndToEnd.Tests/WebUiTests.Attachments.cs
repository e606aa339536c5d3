using System.Text;
using Microsoft.Playwright;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace ServiceDesk.EndToEnd.Tests;

/// <summary>Files attached from the browser, which sends them in one gRPC-web message.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task Contact_attaches_a_file_in_the_browser_and_it_is_listed_on_the_ticket()
    {
        var ticket = await desk.IncidentAsync(desk.AlphaContact, "Import log attached", "The import stops; the log is attached.");
        var page = await SignedInAsync(desk.AlphaContact, $"#/tickets/{ticket.Key}");
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("2026-12-01 02:00 import stopped at row 1042\n", 500)));

        await page.GetByLabel("Datei", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "import.log", MimeType = "text/plain", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "Datei anhängen" }).ClickAsync();

        await Expect(page.Locator("ul.attachments")).ToContainTextAsync("import.log");
        await ShotAsync(page, "contact-ticket-attachment-de");
        var seen = await desk.Agent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        var attachment = Assert.Single(seen.Attachments);
        Assert.Equal(("import.log", content.Length), (attachment.FileName, (int)attachment.SizeBytes));
    }

    [Fact]
    public async Task Contact_attaches_a_file_to_the_comment_being_written_and_it_is_shown_with_that_comment()
    {
        var ticket = await desk.IncidentAsync(desk.AlphaContact, "Screenshot of the error", "The upload page shows an error.");
        var page = await SignedInAsync(desk.AlphaContact, $"#/tickets/{ticket.Key}");
        var screenshot = Encoding.UTF8.GetBytes("not really a PNG");

        await page.GetByLabel("Ihr Kommentar").FillAsync("Hier die Fehlermeldung.");
        await page.GetByLabel("Dateien zu diesem Kommentar").SetInputFilesAsync(new FilePayload { Name = "error.png", MimeType = "image/png", Buffer = screenshot });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kommentieren" }).ClickAsync();

        var comment = page.Locator("ol.activity li[data-kind=COMMENT]").First;
        await Expect(comment).ToContainTextAsync("Hier die Fehlermeldung.");
        await Expect(comment.Locator("ul.attachments")).ToContainTextAsync("error.png");
        await ShotAsync(page, "contact-comment-with-file-de");
        var seen = await desk.Agent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        var commented = seen.Activities.First(a => a.Kind == ActivityKind.Comment);
        Assert.Equal(commented.Id, Assert.Single(seen.Attachments).ActivityId);
    }
}
