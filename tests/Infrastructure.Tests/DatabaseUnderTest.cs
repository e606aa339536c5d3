using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Application;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Sla;
using ServiceDesk.Application.Tickets.ListTickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Persistence;
using ServiceDesk.TestSupport;

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>A throwaway database of one provider, migrated, with the infrastructure wired around it as the host wires it.</summary>
public sealed class DatabaseUnderTest : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TestDatabase _database;

    public FakeTimeProvider Clock { get; }

    private DatabaseUnderTest(TestDatabase database, FakeTimeProvider clock, ServiceProvider services) =>
        (_database, Clock, _services) = (database, clock, services);

    /// <param name="migrate">False leaves the database empty, for tests of the migrations themselves.</param>
    public static async Task<DatabaseUnderTest> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        var database = await TestDatabase.CreateAsync(provider);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DataFolder"] = database.Folder,
                ["Database:Provider"] = provider.ToString(),
                ["Database:ConnectionString"] = database.ConnectionString,
            }).Build();
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
            var services = new ServiceCollection()
                .AddSingleton<TimeProvider>(clock)
                .AddLogging()
                .AddApplication()
                .AddInfrastructure(configuration)
                .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
            if (migrate) await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            return new DatabaseUnderTest(database, clock, services);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>One request's worth of services: its own DbContext and unit of work.</summary>
    public AsyncServiceScope NewScope() => _services.CreateAsyncScope();

    /// <summary>Opens a ticket under a newly allocated number and saves it, as the create command would.</summary>
    public async Task<Ticket> SaveNewTicketAsync(Func<long, DateTimeOffset, Ticket> open)
    {
        await using var scope = NewScope();
        var number = await scope.Get<ITicketNumbers>().NextAsync(TestContext.Current.CancellationToken);
        var ticket = open(number, Clock.GetUtcNow());
        scope.Get<ITicketRepository>().Add(ticket);
        await scope.Get<IUnitOfWork>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket;
    }

    /// <summary>As <see cref="SaveNewTicketAsync"/>, with the SLA clocks started as the create command starts them (the organisation must exist).</summary>
    public async Task<Ticket> SaveNewTicketWithClocksAsync(Func<long, DateTimeOffset, Ticket> open)
    {
        await using var scope = NewScope();
        var now = Clock.GetUtcNow();
        var ticket = open(await scope.Get<ITicketNumbers>().NextAsync(TestContext.Current.CancellationToken), now);
        await scope.Get<SlaTermsSource>().UpdateAsync(ticket, now, TestContext.Current.CancellationToken);
        scope.Get<ITicketRepository>().Add(ticket);
        await scope.Get<IUnitOfWork>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket;
    }

    /// <summary>Saves a new organisation (Europe/Berlin, DACH team) and returns its id.</summary>
    public async Task<Guid> SaveOrganizationAsync()
    {
        await using var scope = NewScope();
        var organization = Organization.Create(
            new OrganizationProfile("Gamma AG " + Guid.NewGuid(), SupportTeam.Dach, "Europe/Berlin", HostingMode.VendorHosted, false, null, null),
            Clock.GetUtcNow()).Value;
        scope.Get<IOrganizationRepository>().Add(organization);
        await scope.Get<IUnitOfWork>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return organization.Id;
    }

    public async Task<IReadOnlyList<TicketSummary>> ListAsync(Actor viewer, TicketListQuery query, int take = 50)
    {
        await using var scope = NewScope();
        return await scope.Get<ITicketQueries>()
            .ListAsync(new TicketListSpecification(query, viewer, take), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
