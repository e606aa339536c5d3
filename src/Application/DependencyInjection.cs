using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Application.Accounts.Contacts;
using ServiceDesk.Application.Deliveries;
using ServiceDesk.Application.InboundMail;
using ServiceDesk.Application.Escalations;
using ServiceDesk.Application.Escalations.EscalationChain;
using ServiceDesk.Application.Notifications;
using ServiceDesk.Application.Sla;
using ServiceDesk.Application.Sla.Calendars;
using ServiceDesk.Application.Sla.Timers;
using ServiceDesk.Application.Tickets.WatchTickets;

namespace ServiceDesk.Application;

public static class DependencyInjection
{
    /// <summary>Validators and application services. The mediator itself is generated in the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<CallerAuthenticator>();
        services.AddScoped<InitialPasswords>();
        services.AddScoped<ContactAccess>();
        services.AddScoped<AdministratorBootstrap>();
        services.AddScoped<DeliveryTickets>();
        services.AddScoped<EscalationLevelContacts>();
        services.AddScoped<TicketEscalations>();
        services.AddScoped<SlaBreachEscalations>();
        services.AddScoped<ExampleEscalationChain>();
        services.AddScoped<NotificationRules>();
        services.AddScoped<SlaTermsSource>();
        services.AddScoped<ExampleHolidayCalendars>();
        services.AddScoped<TicketTimerSweep>();
        services.AddSingleton<OtherInstancesPoll>();
        services.AddScoped<ReceiveMail>();
        return services;
    }
}
