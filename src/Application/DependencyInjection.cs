using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Application.Accounts.Contacts;
using ServiceDesk.Application.Deliveries;
using ServiceDesk.Application.InboundMail;
using ServiceDesk.Application.Notifications;

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
        services.AddScoped<NotificationRules>();
        services.AddScoped<ReceiveMail>();
        return services;
    }
}
