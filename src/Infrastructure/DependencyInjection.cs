using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets.Attachments;
using ServiceDesk.Infrastructure.Attachments;
using ServiceDesk.Infrastructure.Identity;
using ServiceDesk.Infrastructure.Mail;
using ServiceDesk.Infrastructure.Notifications;
using ServiceDesk.Infrastructure.Persistence;
using ServiceDesk.Infrastructure.Persistence.Bulk;
using ServiceDesk.Infrastructure.Persistence.Queries;
using ServiceDesk.Infrastructure.Persistence.Repositories;
using ServiceDesk.Infrastructure.Persistence.Search;
using ServiceDesk.Infrastructure.Timers;
using ServiceDesk.Application.Sla;

namespace ServiceDesk.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The database chosen by <c>Database:Provider</c> (Sqlite by default, Postgres, SqlServer) with its repositories,
    /// queries and <see cref="DatabaseMigrator"/>; the SLA defaults (<c>Sla:DefaultTargets</c>) and the timer claims; the ticket change signal; secrets, tokens, the attachment store and its size limit (<c>Attachments</c>).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var dataFolder = DataFolder.From(configuration);
        var database = DatabaseSettings.From(configuration, dataFolder);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(dataFolder);
        services.AddSingleton(database);

        services.AddDbContext<ServiceDeskDbContext>(database.Configure);
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddSingleton<ITicketChangeSignal, TicketChangeSignal>();
        services.AddScoped<ITicketRepository, TicketRepository>();
        services.AddScoped<ITicketNumbers, TicketNumbers>();
        services.AddScoped<ITicketQueries, TicketQueries>();
        services.AddScoped<IDeliveryRepository, DeliveryRepository>();
        services.AddScoped<IEscalationRepository, EscalationRepository>();
        services.AddScoped<IEscalationChain, EscalationChain>();
        services.AddScoped<IAccountRepository, AccountRepository>();
        services.AddScoped<IOrganizationRepository, OrganizationRepository>();
        services.AddScoped<IPartnerSystemRepository, PartnerSystemRepository>();
        services.AddScoped<IRecipientDirectory, RecipientDirectory>();
        services.AddScoped<IBudgetRepository, BudgetRepository>();
        services.AddScoped<IWorkLogRepository, WorkLogRepository>();
        services.AddScoped<IBillingQueries, BillingQueries>();
        services.AddScoped<ITicketReports, TicketReports>();
        services.AddScoped<ISlaContractRepository, SlaContractRepository>();
        services.AddScoped<IHolidayCalendarRepository, HolidayCalendarRepository>();
        services.AddSingleton<SqliteWriterQueue>();
        services.AddScoped<SqliteWriteTurn>();
        services.AddScoped<BulkRows>();
        services.AddScoped<IDueTicketTimers, DueTicketTimers>();
        services.AddSingleton(configuration.GetSection("Sla:DefaultTargets").Get<SlaDefaults>() ?? new SlaDefaults());
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite: services.AddScoped<IKeywordSearch, Fts5KeywordSearch>(); break;
            case DatabaseProvider.Postgres: services.AddScoped<IKeywordSearch, PostgresKeywordSearch>(); break;
            default: services.AddScoped<IKeywordSearch, LikeKeywordSearch>(); break;
        }
        services.AddSingleton<DatabaseMigrator>();

        services.AddSingleton<IPasswordHasher, Pbkdf2PasswordHasher>();
        services.AddSingleton<IPasswordGenerator, PasswordGenerator>();
        services.AddSingleton<IApiKeys, ApiKeys>();
        services.AddSingleton(_ => TokenSigning.Load(configuration, dataFolder));
        services.AddSingleton<ITokenIssuer>(provider =>
            new JwtTokenIssuer(provider.GetRequiredService<TokenSigning>(), provider.GetRequiredService<TimeProvider>(), configuration));
        services.AddSingleton(configuration.GetSection("Attachments").Get<AttachmentOptions>() ?? new AttachmentOptions());
        services.AddSingleton<IAttachmentStore, FileAttachmentStore>();
        services.AddMail(configuration, dataFolder);
        return services;
    }
}
