using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.InboundMail;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Deliveries;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Mail;
using ServiceDesk.Infrastructure.Outbox;
using ServiceDesk.Infrastructure.Persistence.Search;

namespace ServiceDesk.Infrastructure.Persistence;

/// <summary>The service's database; the mapping of each entity is in <c>Configurations/</c>.</summary>
public sealed class ServiceDeskDbContext(DbContextOptions<ServiceDeskDbContext> options) : DbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<PartnerSystem> PartnerSystems => Set<PartnerSystem>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<EscalationLevel> EscalationLevels => Set<EscalationLevel>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutgoingMail> OutgoingMail => Set<OutgoingMail>();
    public DbSet<SlaContract> SlaContracts => Set<SlaContract>();
    public DbSet<HolidayCalendar> HolidayCalendars => Set<HolidayCalendar>();
    public DbSet<ReceivedMail> ReceivedMail => Set<ReceivedMail>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ServiceDeskDbContext).Assembly);

        // SQLite has no sequences and no tsvector: its migration creates a number table and an FTS5 index by hand.
        if (Database.IsNpgsql()) PostgresKeywordSearch.MapSearchVector(modelBuilder.Entity<Ticket>());
        if (!Database.IsSqlite()) modelBuilder.HasSequence<long>(TicketNumbers.Name).StartsAt(TicketNumbers.First);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so rows read well and survive renumbering; flags stay numbers so they can be tested bitwise.
        var enums = typeof(Ticket).Assembly.GetTypes().Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute), inherit: false));
        foreach (var enumType in enums)
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);

        // Durations as ticks: SQL Server's time type ends at 24 hours, and ticks compare the same everywhere.
        configurationBuilder.Properties<TimeSpan>().HaveConversion<long>();

        // SQLite cannot compare or order DateTimeOffset text; as UTC ticks, keyset filters such as UpdatedAt < x translate.
        if (Database.IsSqlite())
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
