using Microsoft.Playwright;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace ServiceDesk.EndToEnd.Tests;

/// <summary>Changing a ticket's fields and participants from the ticket screen, and recording a phone call as a ticket.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task Agent_edits_a_field_and_adds_a_participant_and_an_edit_of_a_ticket_changed_meanwhile_is_refused_and_reloaded()
    {
        var ticket = await desk.IncidentAsync(desk.AlphaContact, "Export slow", "The CSV export takes an hour.");
        var page = await SignedInAsync(desk.Agent, $"#/tickets/{ticket.Key}");
        var editor = page.Locator("details.edit");

        // Opened from the keyboard, saved with the etag read.
        await editor.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await editor.GetByLabel("Title").FillAsync("CSV export takes an hour");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("CSV export takes an hour");
        await Expect(page.Locator("ol.activity li").First).ToHaveAttributeAsync("data-kind", "EDITED");

        var participants = page.Locator("[data-section=participants]");
        await participants.GetByLabel("Agent or contact").SelectOptionAsync(new SelectOptionValue { Label = "Lena Lead" });
        await participants.GetByRole(AriaRole.Button, new() { Name = "Add participant" }).ClickAsync();
        await Expect(participants.Locator("li[data-participant]")).ToContainTextAsync("Lena Lead");
        await ShotAsync(page, "agent-ticket-edit-participants-1280x800");

        // Anna changes the title while the form is open: saving is refused, said so, and the form shows her title.
        await editor.Locator("summary").ClickAsync();
        var before = await desk.Agent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        await desk.AlphaContact.Tickets.UpdateTicketAsync(new UpdateTicketRequest
        {
            Ticket = new Ticket { Name = ticket.Name, Etag = before.Etag, Title = "Export of grades is slow" },
            UpdateMask = new() { Paths = { "title" } },
        }, cancellationToken: Cancel);
        await editor.GetByLabel("Description").FillAsync("Takes an hour since the update.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(editor.Locator(".form-alert")).ToContainTextAsync("Someone else changed this ticket meanwhile");
        await Expect(editor.GetByLabel("Title")).ToHaveValueAsync("Export of grades is slow");
        await ShotAsync(page, "agent-ticket-stale-edit-1280x800");

        await participants.GetByRole(AriaRole.Button, new() { Name = "Remove: Lena Lead" }).ClickAsync();
        await Expect(participants.Locator("li[data-participant]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Agent_records_a_phone_ticket_on_a_contacts_behalf_and_the_contact_is_its_reporter()
    {
        var title = $"Password reset by phone {Keyword()}";
        var page = await SignedInAsync(desk.Agent);
        await page.GetByRole(AriaRole.Link, new() { Name = "Phone ticket" }).ClickAsync();
        await page.GetByLabel("Request: anything else").CheckAsync();
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Description").FillAsync("Anna called: her colleague cannot reset his password.");

        // Without the caller the service names the missing contact next to its field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Create ticket" }).ClickAsync();
        await Expect(page.Locator("[data-error-for='ticket.on_behalf_of']")).Not.ToBeEmptyAsync();

        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = "Alpha GmbH" });
        await page.GetByLabel("Contact").SelectOptionAsync(new SelectOptionValue { Label = "Anna Alpha" });
        await ShotAsync(page, "agent-phone-ticket-1280x800");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create ticket" }).ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync(title);
        var fields = page.Locator("dl.fields").First;
        await Expect(fields).ToContainTextAsync("Anna Alpha");
        await Expect(fields).ToContainTextAsync("Phone");
        var listed = await desk.Agent.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = title.Split(' ')[^1] }, cancellationToken: Cancel);
        var created = Assert.Single(listed.Tickets);
        Assert.Equal((Channel.Phone, "Anna Alpha"), (created.Channel, created.ReporterDisplayName));
    }
}
