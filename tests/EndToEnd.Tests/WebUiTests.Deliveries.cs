using Date = Google.Type.Date;
using Microsoft.Playwright;
using ServiceDesk.Contracts.Deliveries.V1;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace ServiceDesk.EndToEnd.Tests;

/// <summary>Deliveries: agents work them, contacts read their own organisation's.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task Delivery_planned_through_gRPC_is_shown_to_its_organisations_contact_and_not_to_another()
    {
        var version = $"7.{Random.Shared.Next(100, 999)}.1";
        var inAMonth = DateTime.UtcNow.AddDays(30);
        var delivery = await desk.Agent.Deliveries.CreateDeliveryAsync(new CreateDeliveryRequest
        {
            Organization = desk.Alpha.Name,
            PatchVersion = version,
            EstimatedDate = new Date { Year = inAMonth.Year, Month = inAMonth.Month, Day = inAMonth.Day },
        }, cancellationToken: Cancel);
        await desk.Agent.Deliveries.AddDocumentAsync(new AddDocumentRequest { Name = delivery.Name, Title = "Release notes", Url = "https://docs.example.test/" + version }, cancellationToken: Cancel);
        var row = $"tr[data-delivery='{delivery.Name}']";

        // The agent records the first milestone with the offered step.
        var agentPage = await SignedInAsync(desk.Agent, $"#/{delivery.Name}");
        await Expect(agentPage.Locator("h1")).ToContainTextAsync(version);
        await agentPage.Locator("form[data-step=recordMilestone] button").ClickAsync();
        await Expect(agentPage.Locator(".badges")).ToContainTextAsync("Merge scheduled");
        await Expect(agentPage.Locator("form[data-step=recordMilestone] button")).ToContainTextAsync("Merge done");
        await ShotAsync(agentPage, "agent-delivery-1280x800");

        // Anna (Alpha, German, narrow window) finds it in her list and reads it, without any step.
        var alphaPage = await SignedInAsync(desk.AlphaContact, "#/deliveries", width: 420);
        await Expect(alphaPage.Locator(row)).ToContainTextAsync("Geplant");
        await ShotAsync(alphaPage, "contact-deliveries-narrow-de");
        await alphaPage.Locator($"{row} a").ClickAsync();
        await Expect(alphaPage.Locator("h1")).ToContainTextAsync(version);
        await Expect(alphaPage.Locator("[data-section=documents]")).ToContainTextAsync("Release notes");
        await Expect(alphaPage.Locator(".badges")).ToContainTextAsync("Merge eingeplant");
        await Expect(alphaPage.Locator("form[data-step]")).ToHaveCountAsync(0);
        await ShotAsync(alphaPage, "contact-delivery-narrow-de");

        // Bert (Beta) neither lists it nor opens it.
        var betaPage = await SignedInAsync(desk.BetaContact, "#/deliveries");
        await Expect(betaPage.Locator("h1")).ToHaveTextAsync("Deliveries");
        await Expect(betaPage.Locator(".results")).Not.ToBeEmptyAsync();
        await Expect(betaPage.Locator(row)).ToHaveCountAsync(0);
        await betaPage.GotoAsync($"{desk.Api.WebAddress}#/{delivery.Name}");
        await Expect(betaPage.Locator("main .problem")).ToContainTextAsync("Not found");
    }
}
