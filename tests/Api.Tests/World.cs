using Microsoft.AspNetCore.Hosting;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Tickets.V1;
using ServiceDesk.Infrastructure.Persistence;
using ServiceDesk.TestSupport;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>
/// A desk with two customer organisations (Alpha in the DACH region, Beta international), the agents who work
/// them and their contacts, all set up through the API as an administrator would.
/// </summary>
public sealed class World : IAsyncDisposable
{
    public required ServiceDeskApp App { get; init; }
    public required Caller Admin { get; init; }
    public required Organization Alpha { get; init; }
    public required Organization Beta { get; init; }
    /// <summary>Support, team DACH: responsible for Alpha, may see its confidential tickets.</summary>
    public required Caller DachAgent { get; init; }
    /// <summary>Support, team International: may not see Alpha's confidential tickets.</summary>
    public required Caller InternationalAgent { get; init; }
    /// <summary>Development, in the DACH team: never sees confidential tickets.</summary>
    public required Caller Developer { get; init; }
    public required Caller AlphaContact { get; init; }
    public required Caller AlphaColleague { get; init; }
    public required Caller BetaContact { get; init; }
    public required Caller AlphaPartner { get; init; }

    public static async Task<World> CreateAsync(DatabaseProvider provider, Func<TestDatabase, Action<IWebHostBuilder>>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = new ServiceDeskApp(database, configure?.Invoke(database));
        await app.Smtp.StartAsync();
        var admin = await app.SignInAsync(ServiceDeskApp.AdminEmail, app.AdminPassword);
        var alpha = await admin.Accounts.CreateOrganizationAsync(new CreateOrganizationRequest { Organization = Org("Alpha GmbH", SupportTeam.Dach, "Europe/Berlin") });
        var beta = await admin.Accounts.CreateOrganizationAsync(new CreateOrganizationRequest { Organization = Org("Beta Ltd", SupportTeam.International, "Asia/Singapore") });
        var partner = await admin.Accounts.RegisterPartnerSystemAsync(new RegisterPartnerSystemRequest { Organization = alpha.Name, DisplayName = "Alpha LMS" });
        return new World
        {
            App = app,
            Admin = admin,
            Alpha = alpha,
            Beta = beta,
            DachAgent = await AgentAsync(app, admin, "dach.agent@example.test", SupportTeam.Dach, Department.Support),
            InternationalAgent = await AgentAsync(app, admin, "intl.agent@example.test", SupportTeam.International, Department.Support),
            Developer = await AgentAsync(app, admin, "developer@example.test", SupportTeam.Dach, Department.Development),
            AlphaContact = await ContactAsync(app, admin, alpha, "anna@alpha.example.test"),
            AlphaColleague = await ContactAsync(app, admin, alpha, "carl@alpha.example.test"),
            BetaContact = await ContactAsync(app, admin, beta, "bert@beta.example.test"),
            AlphaPartner = app.Partner(partner.PartnerSystem, partner.ApiKey),
        };
    }

    public static OrganizationFields Org(string name, SupportTeam region, string timeZone) => new()
    {
        DisplayName = name,
        Region = region,
        TimeZone = timeZone,
        HostingMode = HostingMode.VendorHosted,
        StagingSystem = true,
        SalesContactEmail = "sales@example.test",
    };

    public static PersonFields Person(string email) => new()
    {
        DisplayName = email.Split('@')[0],
        Email = email,
        Phone = "+49 681 000000",
        Language = Language.German,
        TimeZone = "Europe/Berlin",
    };

    private static async Task<Caller> AgentAsync(ServiceDeskApp app, Caller admin, string email, SupportTeam team, Department department)
    {
        var granted = await admin.Accounts.CreateAgentAsync(new CreateAgentRequest
        {
            Person = Person(email),
            Agent = new AgentFields { Team = team, Site = Site.Saarbruecken, Department = department, Roles = { AgentRole.Agent } },
        });
        return await app.SignInAsync(email, granted.InitialPassword);
    }

    public static async Task<Caller> ContactAsync(ServiceDeskApp app, Caller grantor, Organization organization, string email)
    {
        var granted = await grantor.Accounts.GrantContactAccessAsync(new GrantContactAccessRequest { Organization = organization.Name, Person = Person(email) });
        return await app.SignInAsync(email, granted.InitialPassword);
    }

    public async Task<Ticket> IncidentAsync(Caller reporter, string title = "Login fails", bool confidential = false, ShareWith share = ShareWith.Organization, string? requestId = null) =>
        await reporter.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields
            {
                Title = title,
                Description = "Since this morning the login page answers with an error.",
                Confidential = confidential,
                ShareWith = share,
                RequestId = requestId ?? "",
            },
            Product = "LMS",
        });

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>
/// One world per test class, on the database the derived class names. A database whose server the environment does
/// not name (SQL Server, where none runs) is not faked: its tests are reported as skipped, with the reason.
/// </summary>
public abstract class WorldFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private World? _world;

    public World World
    {
        get
        {
            if (_world is null) Assert.Skip($"{provider} is not available: set {TestDatabase.SqlServerVariable} to a server that lets the login create databases.");
            return _world;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (TestDatabase.ServerFor(provider) is null && provider is DatabaseProvider.SqlServer) return;
        _world = await World.CreateAsync(provider);
    }

    public ValueTask DisposeAsync() => _world?.DisposeAsync() ?? ValueTask.CompletedTask;
}

public sealed class SqliteWorld() : WorldFixture(DatabaseProvider.Sqlite);

public sealed class PostgresWorld() : WorldFixture(DatabaseProvider.Postgres);

public sealed class SqlServerWorld() : WorldFixture(DatabaseProvider.SqlServer);
