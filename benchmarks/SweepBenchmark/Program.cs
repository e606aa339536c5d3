using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Application;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Sla;
using ServiceDesk.Application.Sla.Timers;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure;
using ServiceDesk.Infrastructure.Persistence;
using ServiceDesk.Infrastructure.Persistence.Bulk;
using ServiceDesk.TestSupport;

// Seeds N resolved tickets whose automatic close is due, then times one sweep of them while another task creates a ticket
// every few milliseconds (50 unless given), and compares the creates' latency with that of creates on the idle database.
// A smaller sweep of 5 000 tickets runs first, so that the measured one finds the code compiled, as in a running service.
// Usage: dotnet run -c Release --project benchmarks/SweepBenchmark -- Sqlite|Postgres [tickets] [milliseconds between creates]
// PostgreSQL needs SERVICEDESK_TEST_POSTGRES; benchmarks/run.sh starts a throwaway server and sets it.
var provider = Enum.Parse<DatabaseProvider>(args.ElementAtOrDefault(0) ?? "Sqlite", ignoreCase: true);
var count = int.Parse(args.ElementAtOrDefault(1) ?? "100000", System.Globalization.CultureInfo.InvariantCulture);
var createPace = TimeSpan.FromMilliseconds(int.Parse(args.ElementAtOrDefault(2) ?? "50", System.Globalization.CultureInfo.InvariantCulture));
const int CreatesAtRest = 200;
const int WarmUpTickets = 5_000;

await using var database = await TestDatabase.CreateAsync(provider);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["DataFolder"] = database.Folder,
    ["Database:Provider"] = provider.ToString(),
    ["Database:ConnectionString"] = database.ConnectionString,
}).Build();
var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
await using var services = new ServiceCollection()
    .AddLogging()
    .AddSingleton<TimeProvider>(clock)
    .AddSingleton<ICurrentUser>(new SystemUser())
    .AddApplication()
    .AddInfrastructure(configuration)
    .BuildServiceProvider();
await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

var agent = new Actor(ActorKind.Agent, Guid.NewGuid(), "Bench Agent", Team: SupportTeam.Dach, Department: Department.Support, Roles: AgentRoles.Agent);
var organization = await SeedOrganizationAsync();
var contact = new Actor(ActorKind.Contact, Guid.NewGuid(), "Bench Contact", organization.Id);
var reporter = new Reporter(contact.Id, contact.Name, contact.Kind, organization.Id, SupportTeam.Dach);

// The warm-up tickets are resolved a day before the measured ones, so they fall due first.
var seeding = Stopwatch.StartNew();
await SeedResolvedAsync(0, WarmUpTickets);
clock.Advance(TimeSpan.FromDays(1));
await SeedResolvedAsync(WarmUpTickets, count);
await SettleAsync();
Console.WriteLine($"{provider}: seeded {WarmUpTickets} + {count} resolved tickets in {seeding.Elapsed.TotalSeconds:F1} s");

// A service in use has compiled its code long ago: the first sweep and creates of this process pay for the JIT.
clock.Advance(TimeSpan.FromDays(49));
await SweepWhileCreatingAsync();

var atRest = await CreateAtPaceAsync(CreatesAtRest, CancellationToken.None);

clock.Advance(TimeSpan.FromDays(1));
var (handled, sweep, duringSweep) = await SweepWhileCreatingAsync();

Console.WriteLine($"{provider}: swept {handled} due tickets in {sweep.TotalSeconds:F1} s ({handled / sweep.TotalSeconds:F0} tickets/s)");
Console.WriteLine($"{provider}: create latency at rest     p50 {Percentile(atRest, 50):F1} ms, p95 {Percentile(atRest, 95):F1} ms ({atRest.Count} creates)");
Console.WriteLine($"{provider}: create latency during sweep p50 {Percentile(duringSweep, 50):F1} ms, p95 {Percentile(duringSweep, 95):F1} ms ({duringSweep.Count} creates)");
return;

// One sweep round, timed, while another task creates a ticket every createPace.
async Task<(int Handled, TimeSpan Took, List<double> Creates)> SweepWhileCreatingAsync()
{
    using var stop = new CancellationTokenSource();
    var creating = Task.Run(() => CreateAtPaceAsync(int.MaxValue, stop.Token));
    var started = Stopwatch.GetTimestamp();
    int handled;
    await using (var scope = services.CreateAsyncScope())
        handled = await scope.ServiceProvider.GetRequiredService<TicketTimerSweep>().RunAsync(CancellationToken.None);
    var took = Stopwatch.GetElapsedTime(started);
    await stop.CancelAsync();
    return (handled, took, await creating);
}

// Creates a ticket every createPace, timing each, until count are made or it is stopped.
async Task<List<double>> CreateAtPaceAsync(int count, CancellationToken stop)
{
    var latencies = new List<double>();
    while (latencies.Count < count && !stop.IsCancellationRequested)
    {
        latencies.Add(await TimeOneCreateAsync());
        await Task.Delay(createPace, CancellationToken.None);
    }
    return latencies;
}

async Task<Organization> SeedOrganizationAsync()
{
    await using var scope = services.CreateAsyncScope();
    var created = Organization.Create(new OrganizationProfile("Bench GmbH", SupportTeam.Dach, "Europe/Berlin", HostingMode.VendorHosted, false, null, null), clock.GetUtcNow()).Value;
    scope.ServiceProvider.GetRequiredService<IOrganizationRepository>().Add(created);
    await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
    return created;
}

// Written set-based like the sweep's own writes (BulkRows), in batches: the seed is not what is measured, and its events
// need no outbox rows.
async Task SeedResolvedAsync(int firstNumber, int tickets)
{
    const int Batch = 2000;
    var now = clock.GetUtcNow();
    for (var first = firstNumber; first < firstNumber + tickets; first += Batch)
    {
        var batch = new List<Ticket>();
        for (var number = first; number < Math.Min(first + Batch, firstNumber + tickets); number++)
        {
            var ticket = Ticket.Open(10_000_000 + number, TicketType.Request, new NewTicket($"Question {number}", "Where is the patch documentation?"), reporter, contact, Channel.Portal, now);
            ticket.Accept(agent, now);
            ticket.StartReview(agent, now);
            ticket.Reclassify(agent, TicketType.SupportRequest, now);
            ticket.Resolve(agent, Resolution.Answered, null, now);
            ticket.MarkSaved();
            batch.Add(ticket);
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var rows = scope.ServiceProvider.GetRequiredService<BulkRows>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await rows.InsertAsync(batch, CancellationToken.None);
        await rows.InsertAsync(batch.SelectMany(t => t.Activities).ToList(), CancellationToken.None);
        await transaction.CommitAsync();
    }
}

// A database in service has had its statistics and its dirty pages written long ago; after the bulk seed, autovacuum
// and a checkpoint (PostgreSQL) or a long write-ahead log (SQLite) would otherwise land in the middle of the measurement.
async Task SettleAsync()
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
    foreach (var statement in provider is DatabaseProvider.Postgres ? ["VACUUM ANALYZE", "CHECKPOINT"] : new[] { "PRAGMA wal_checkpoint(TRUNCATE)" })
        await db.Database.ExecuteSqlRawAsync(statement);
}

async Task<double> TimeOneCreateAsync()
{
    var started = Stopwatch.GetTimestamp();
    await using var scope = services.CreateAsyncScope();
    var number = await scope.ServiceProvider.GetRequiredService<ITicketNumbers>().NextAsync(CancellationToken.None);
    var now = clock.GetUtcNow();
    var ticket = Ticket.Open(number, TicketType.Incident, new NewTicket("Login fails", "The login page answers with an error."), reporter, contact, Channel.Portal, now);
    await scope.ServiceProvider.GetRequiredService<SlaTermsSource>().UpdateAsync(ticket, now, CancellationToken.None);
    scope.ServiceProvider.GetRequiredService<ITicketRepository>().Add(ticket);
    await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

static double Percentile(List<double> values, int percentile)
{
    if (values.Count == 0) return double.NaN;
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, sorted.Count * percentile / 100)];
}

internal sealed class SystemUser : ICurrentUser
{
    public Actor Actor => Actor.System;
}
