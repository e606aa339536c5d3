using Microsoft.Playwright;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace ServiceDesk.EndToEnd.Tests;

/// <summary>The web UI as agents and contacts use it, in Chromium against the real service (one Api and one browser for all
/// parts of this class). Screenshots go to TestResults/screenshots.</summary>
public sealed partial class WebUiTests(Desk desk) : IClassFixture<Desk>
{
    private static readonly string Screenshots = ApiProcess.Setting("ScreenshotDirectory");
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Agent_signs_in_and_finds_a_ticket_by_keyword()
    {
        var keyword = Keyword();
        var wanted = await desk.IncidentAsync(desk.AlphaContact, $"Import stops at {keyword}", "The nightly import stops halfway.");
        await desk.IncidentAsync(desk.AlphaContact, "Something else entirely", "Unrelated.");
        var page = await SignedInAsync(desk.Agent);

        await page.Locator("input[name=keyword]").FillAsync(keyword);
        await page.Locator("input[name=keyword]").PressAsync("Enter");

        var rows = page.Locator("table.queue tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToHaveAttributeAsync("data-ticket", wanted.Key);
        await ShotAsync(page, "agent-queue-1280x800");
    }

    [Fact]
    public async Task Agent_comments_and_moves_a_ticket_through_a_workflow_step()
    {
        var ticket = await desk.IncidentAsync(desk.AlphaContact, "Login fails for all users", "Since this morning the login page answers with an error.");
        var page = await SignedInAsync(desk.Agent, $"#/tickets/{ticket.Key}");
        await Expect(page.Locator("h1")).ToContainTextAsync("Login fails for all users");

        // An empty comment is refused, and the reason is shown next to the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(page.Locator("[data-error-for=text]")).Not.ToBeEmptyAsync();

        await page.GetByLabel("Your comment").FillAsync("We are looking into it.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(page.Locator("ol.activity li").First).ToContainTextAsync("We are looking into it.");

        // Only the steps the status allows are offered: Opened → Accept, then Pre-check → Start review.
        await Expect(page.Locator("form[data-step=startReview]")).ToHaveCountAsync(0);
        await page.Locator("form[data-step=accept] button").ClickAsync();
        await Expect(page.Locator(".badges [data-status]")).ToHaveAttributeAsync("data-status", "PRE_CHECK");
        await Expect(page.Locator("form[data-step=accept]")).ToHaveCountAsync(0);
        await Expect(page.Locator("form[data-step=startReview]")).ToHaveCountAsync(1);
        await ShotAsync(page, "agent-ticket-1280x800");
    }

    [Fact]
    public async Task A_change_made_through_the_gRPC_API_appears_live_in_an_open_ticket_and_queue()
    {
        var ticket = await desk.IncidentAsync(desk.AlphaContact, $"Uploads fail {Keyword()}", "PDF uploads end with an error.");
        var ticketPage = await SignedInAsync(desk.Agent, $"#/tickets/{ticket.Key}");
        var queuePage = await SignedInAsync(desk.Agent);
        await Expect(queuePage.Locator($"tr[data-ticket='{ticket.Key}']")).ToBeVisibleAsync();

        await desk.AlphaContact.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "It also fails for Word files." }, cancellationToken: Cancel);
        await desk.Agent.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);

        var live = new LocatorAssertionsToContainTextOptions { Timeout = 3000 };
        await Expect(ticketPage.Locator("ol.activity")).ToContainTextAsync("It also fails for Word files.", live);
        await Expect(ticketPage.Locator(".badges [data-status]")).ToHaveAttributeAsync("data-status", "PRE_CHECK", new() { Timeout = 3000 });
        await Expect(queuePage.Locator($"tr[data-ticket='{ticket.Key}'] td[data-status]")).ToHaveAttributeAsync("data-status", "PRE_CHECK", new() { Timeout = 3000 });
        await ShotAsync(ticketPage, "agent-ticket-after-live-change");
    }

    [Fact]
    public async Task Contact_sees_neither_internal_comments_nor_another_organisations_tickets()
    {
        var keyword = Keyword();
        var own = await desk.IncidentAsync(desk.AlphaContact, $"Certificate expired {keyword}", "The SSO certificate expired.");
        var other = await desk.IncidentAsync(desk.BetaContact, $"Beta outage {keyword}", "Beta's portal is down.");
        await desk.Agent.Tickets.AddCommentAsync(new AddCommentRequest { Name = own.Name, Text = "We renew the certificate today." }, cancellationToken: Cancel);
        await desk.Agent.Tickets.AddCommentAsync(new AddCommentRequest { Name = own.Name, Text = "Internal: the customer forgot to renew it.", Internal = true }, cancellationToken: Cancel);

        // Narrow window, German labels (Anna's profile language).
        var page = await SignedInAsync(desk.AlphaContact, width: 420);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Neues Ticket" })).ToBeVisibleAsync();
        await page.Locator("input[name=keyword]").FillAsync(keyword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anwenden" }).ClickAsync();
        await Expect(page.Locator("table.queue tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator($"tr[data-ticket='{other.Key}']")).ToHaveCountAsync(0);
        await ShotAsync(page, "contact-queue-narrow-de");

        await page.Locator($"a[href='#/tickets/{own.Key}']").ClickAsync();
        await Expect(page.Locator("ol.activity")).ToContainTextAsync("We renew the certificate today.");
        await Expect(page.Locator("ol.activity")).Not.ToContainTextAsync("Internal:");
        await Expect(page.Locator("form[data-step=accept]")).ToHaveCountAsync(0);
        await ShotAsync(page, "contact-ticket-narrow-de");

        await page.GotoAsync($"{desk.Api.WebAddress}#/tickets/{other.Key}");
        await Expect(page.Locator("main .problem")).ToContainTextAsync("Nicht gefunden");
    }

    [Fact]
    public async Task Contact_raises_a_request_and_lands_on_it()
    {
        var page = await SignedInAsync(desk.BetaContact, "#/new");
        await page.GetByLabel("Request: anything else").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create ticket" }).ClickAsync();
        // Title and description are required: the service says so next to each field.
        await Expect(page.Locator("[data-error-for='ticket.title']")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("[data-error-for='ticket.description']")).Not.ToBeEmptyAsync();
        await ShotAsync(page, "contact-new-ticket-errors");

        await page.GetByLabel("Title").FillAsync("Please add a second contact");
        await page.GetByLabel("Description").FillAsync("Our new administrator needs access to the portal.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create ticket" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Please add a second contact");
        await Expect(page.Locator(".badges")).ToContainTextAsync("Request");
    }

    private async Task<IPage> SignedInAsync(Person person, string route = "", int width = 1280, int height = 800)
    {
        var context = await desk.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(desk.Api.WebAddress.ToString());
        await page.Locator("input[name=email]").FillAsync(person.Email);
        await page.Locator("input[name=password]").FillAsync(person.Password);
        await page.Locator("input[name=password]").PressAsync("Enter");
        // Signed in once the live stream is up; then the route is opened.
        await Expect(page.Locator("header[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        if (route != "") await page.GotoAsync($"{desk.Api.WebAddress}{route}");
        await Expect(page.Locator("header[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        return page;
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    private static string Keyword() => "kw" + Guid.NewGuid().ToString("N")[..10];
}
