using Microsoft.Playwright;
using ServiceDesk.Contracts.Escalations.V1;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace ServiceDesk.EndToEnd.Tests;

/// <summary>Escalations (SPEC section 9): a contact escalates from the ticket; agents work it there and find it in their list.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task Contact_escalates_a_ticket_a_second_press_raises_it_and_a_team_lead_works_it_on_the_ticket_and_in_the_list()
    {
        var ticket = await desk.IncidentAsync(desk.AlphaContact, $"Grades vanish {Keyword()}", "Saved grades are gone the next morning.");

        // Anna (German, narrow window) escalates, then presses again: the open escalation goes one level up.
        var contactPage = await SignedInAsync(desk.AlphaContact, $"#/tickets/{ticket.Key}", width: 420);
        var escalate = contactPage.Locator("form[data-step=escalate]");
        await escalate.Locator("select[name=reason]").SelectOptionAsync(((int)EscalationReason.TicketHandling).ToString());
        await escalate.Locator("textarea[name=description]").FillAsync("Seit einer Woche keine Antwort.");
        await escalate.GetByRole(AriaRole.Button, new() { Name = "Eskalieren" }).ClickAsync();
        await Expect(contactPage.Locator(".escalation dl[data-state=OPEN]")).ToHaveAttributeAsync("data-level", "0");
        await contactPage.Locator("form[data-step=escalate] textarea[name=description]").FillAsync("Immer noch keine Antwort.");
        await contactPage.GetByRole(AriaRole.Button, new() { Name = "Auf die nächste Stufe eskalieren" }).ClickAsync();
        await Expect(contactPage.Locator(".escalation dl[data-state=OPEN]")).ToHaveAttributeAsync("data-level", "1");
        await Expect(contactPage.Locator(".escalation")).ToContainTextAsync("Leitung Support");
        await ShotAsync(contactPage, "contact-ticket-escalated-narrow-de");

        // Lena, a team lead, sees level, owner and history on the ticket, and notes what was done.
        var leadPage = await SignedInAsync(desk.TeamLead, $"#/tickets/{ticket.Key}");
        var section = leadPage.Locator(".escalation");
        await Expect(section.Locator("dl")).ToHaveAttributeAsync("data-level", "1");
        await Expect(section.Locator("dl")).ToContainTextAsync("head-of-support@example.test");
        await Expect(section.Locator("li[data-kind]")).ToHaveCountAsync(2);
        await section.Locator("form[data-step=addNote] textarea[name=text]").FillAsync("Called the customer back.");
        await section.GetByRole(AriaRole.Button, new() { Name = "Add a note" }).ClickAsync();
        await Expect(section.Locator("li[data-kind]").First).ToHaveAttributeAsync("data-kind", "NOTE");
        await ShotAsync(leadPage, "agent-ticket-escalation-1280x800");

        // The escalations list, reached from the navigation and filtered by level, leads back to the ticket.
        await leadPage.GetByRole(AriaRole.Link, new() { Name = "Escalations" }).ClickAsync();
        await Expect(leadPage.Locator("h1")).ToHaveTextAsync("Open escalations");
        await leadPage.GetByLabel("Level").SelectOptionAsync("1");
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var row = leadPage.Locator($"tr[data-ticket='{ticket.Key}']");
        await Expect(row.Locator("td[data-level]")).ToHaveAttributeAsync("data-level", "1");
        await ShotAsync(leadPage, "agent-escalations-1280x800");

        await row.GetByRole(AriaRole.Link, new() { Name = ticket.Key }).ClickAsync();
        await section.Locator("form[data-step=resolve] textarea[name=outcome]").FillAsync("Grades restored from the backup.");
        await section.GetByRole(AriaRole.Button, new() { Name = "Resolve the escalation" }).ClickAsync();
        await Expect(section.Locator("dl")).ToHaveAttributeAsync("data-state", "RESOLVED");

        var stored = await desk.TeamLead.Escalations.GetTicketEscalationAsync(new GetTicketEscalationRequest { Ticket = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal([EscalationStepKind.Resolved, EscalationStepKind.Note, EscalationStepKind.Raised, EscalationStepKind.Opened], stored.Steps.Select(s => s.Kind));
    }
}
