using Microsoft.Playwright;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace ServiceDesk.EndToEnd.Tests;

/// <summary>The SLA clocks on the ticket screen and in the queue, and the agents' SLA queue.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task Defect_with_a_priority_shows_its_running_restoration_clock_and_appears_in_the_SLA_queue()
    {
        var ticket = await desk.IncidentAsync(desk.AlphaContact, $"Grades are not saved {Keyword()}", "Saving a grade ends with an error.");
        var agent = desk.Agent.Tickets;
        await agent.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        await agent.StartReviewAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        await agent.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SoftwareDefect }, cancellationToken: Cancel);
        await agent.SetPriorityAsync(new SetPriorityRequest { Name = ticket.Name, Priority = Priority.P2, FaultCategory = FaultCategory.SoftwareUsability }, cancellationToken: Cancel);

        var page = await SignedInAsync(desk.Agent, $"#/tickets/{ticket.Key}");
        var clocks = page.Locator("table.sla");
        await Expect(clocks).ToContainTextAsync("Restoration time");
        // Priority 2 restores within 8 hours around the clock; the clock runs since acceptance.
        await Expect(clocks.Locator("tr", new() { HasText = "State" })).ToContainTextAsync("Running");
        await Expect(clocks.Locator("tr", new() { HasText = "Target" })).ToContainTextAsync("8 h");
        await Expect(clocks.Locator("tr", new() { HasText = "Remaining" })).ToContainTextAsync("7 h");
        await Expect(clocks.Locator("tr", new() { HasText = "Due" }).Locator("td").Nth(1)).Not.ToBeEmptyAsync();
        await ShotAsync(page, "agent-ticket-sla-1280x800");

        // The SLA queue: due within 24 hours, most urgent first; the filters give way to it and come back.
        await page.GotoAsync($"{desk.Api.WebAddress}#/queue");
        await page.GetByLabel("Breached or due within (hours)").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show SLA queue" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("SLA queue");
        await Expect(page.Locator($"tr[data-ticket='{ticket.Key}'] [data-sla=due]")).ToBeVisibleAsync();
        await Expect(page.Locator("form.filters[role=search]:not(.sla-filter)")).ToBeHiddenAsync();
        await ShotAsync(page, "agent-sla-queue-1280x800");

        await page.GetByRole(AriaRole.Button, new() { Name = "All tickets" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tickets");
        await Expect(page.Locator("input[name=keyword]")).ToBeVisibleAsync();
    }
}
