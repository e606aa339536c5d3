using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Playwright;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Deliveries.V1;
using ServiceDesk.Contracts.Escalations.V1;
using ServiceDesk.Contracts.Tickets.V1;
using ServiceDesk.Infrastructure.Persistence;
using ServiceDesk.TestSupport;
using Xunit;

namespace ServiceDesk.EndToEnd.Tests;

/// <summary>
/// The running service with a desk set up through its gRPC API — Alpha (DACH) and Beta (International), an English
/// support agent, the DACH team lead, a German contact at Alpha and a contact at Beta — and Debian's Chromium to look at it.
/// </summary>
public sealed class Desk : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private const string AdminEmail = "admin@example.test";

    private TestDatabase? _database;
    private ApiProcess? _api;
    private GrpcChannel? _channel;
    private IPlaywright? _playwright;

    public ApiProcess Api => _api!;
    public IBrowser Browser { get; private set; } = null!;
    public Person Agent { get; private set; } = null!;
    /// <summary>Lists the open escalations, as team leads and heads do.</summary>
    public Person TeamLead { get; private set; } = null!;
    public Person AlphaContact { get; private set; } = null!;
    public Person BetaContact { get; private set; } = null!;
    public Organization Alpha { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // PostgreSQL when the test script started one, else a SQLite file.
        _database = await TestDatabase.CreateAsync(TestDatabase.ServerFor(DatabaseProvider.Postgres) is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres);
        var adminPassword = "Admin-" + Guid.NewGuid().ToString("N");
        _api = await ApiProcess.StartAsync(_database, AdminEmail, adminPassword);
        _channel = GrpcChannel.ForAddress(_api.GrpcAddress);

        var admin = await SignInAsync(AdminEmail, adminPassword);
        Alpha = await admin.Accounts.CreateOrganizationAsync(new CreateOrganizationRequest { Organization = Organisation("Alpha GmbH", SupportTeam.Dach, "Europe/Berlin") });
        var beta = await admin.Accounts.CreateOrganizationAsync(new CreateOrganizationRequest { Organization = Organisation("Beta Ltd", SupportTeam.International, "Asia/Singapore") });
        var agent = await admin.Accounts.CreateAgentAsync(new CreateAgentRequest
        {
            Person = PersonFields("Dana Agent", "dana@vendor.example.test", Language.English, "Europe/Berlin"),
            Agent = new AgentFields { Team = SupportTeam.Dach, Site = Site.Saarbruecken, Department = Department.Support, Roles = { AgentRole.Agent } },
        });
        Agent = await SignInAsync("dana@vendor.example.test", agent.InitialPassword);
        var lead = await admin.Accounts.CreateAgentAsync(new CreateAgentRequest
        {
            Person = PersonFields("Lena Lead", "lena@vendor.example.test", Language.English, "Europe/Berlin"),
            Agent = new AgentFields { Team = SupportTeam.Dach, Site = Site.Saarbruecken, Department = Department.Support, Roles = { AgentRole.Agent, AgentRole.TeamLead } },
        });
        TeamLead = await SignInAsync("lena@vendor.example.test", lead.InitialPassword);
        AlphaContact = await ContactAsync(admin, Alpha, PersonFields("Anna Alpha", "anna@alpha.example.test", Language.German, "Europe/Berlin"));
        BetaContact = await ContactAsync(admin, beta, PersonFields("Bert Beta", "bert@beta.example.test", Language.English, "Asia/Singapore"));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<Ticket> IncidentAsync(Person reporter, string title, string description) =>
        await reporter.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields { Title = title, Description = description, ShareWith = ShareWith.Organization },
            Product = "LMS",
        });

    private async Task<Person> ContactAsync(Person admin, Organization organization, PersonFields person)
    {
        var granted = await admin.Accounts.GrantContactAccessAsync(new GrantContactAccessRequest { Organization = organization.Name, Person = person });
        return await SignInAsync(person.Email, granted.InitialPassword);
    }

    private async Task<Person> SignInAsync(string email, string password)
    {
        var reply = await new AccountService.AccountServiceClient(_channel).SignInAsync(new SignInRequest { Email = email, Password = password });
        var invoker = _channel!.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + reply.AccessToken);
            return metadata;
        });
        return new Person(email, password, reply.Account, invoker);
    }

    private static OrganizationFields Organisation(string name, SupportTeam region, string timeZone) => new()
    {
        DisplayName = name,
        Region = region,
        TimeZone = timeZone,
        HostingMode = HostingMode.VendorHosted,
        SalesContactEmail = "sales@example.test",
    };

    private static PersonFields PersonFields(string name, string email, Language language, string timeZone) => new()
    {
        DisplayName = name,
        Email = email,
        Phone = "+49 681 000000",
        Language = language,
        TimeZone = timeZone,
    };

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        _channel?.Dispose();
        if (_api is not null) await _api.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

/// <summary>Someone with an account: their password for the browser, and gRPC clients that carry their token.</summary>
public sealed record Person(string Email, string Password, Account Account, CallInvoker Invoker)
{
    public TicketService.TicketServiceClient Tickets { get; } = new(Invoker);
    public AccountService.AccountServiceClient Accounts { get; } = new(Invoker);
    public DeliveryService.DeliveryServiceClient Deliveries { get; } = new(Invoker);
    public EscalationService.EscalationServiceClient Escalations { get; } = new(Invoker);
}
