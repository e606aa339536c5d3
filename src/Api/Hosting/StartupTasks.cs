using ServiceDesk.Application.Accounts;
using ServiceDesk.Application.Escalations.EscalationChain;
using ServiceDesk.Application.Sla.Calendars;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Api.Hosting;

/// <summary>Before the first request: the schema is migrated, the example holiday calendars and escalation chain exist and, on a fresh database, an administrator exists.</summary>
public static class StartupTasks
{
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAtStartupAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<ExampleHolidayCalendars>().EnsureAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<ExampleEscalationChain>().EnsureAsync(app.Lifetime.ApplicationStopping);

        var configuration = app.Configuration.GetSection("Bootstrap");
        var email = configuration["AdminEmail"] ?? "admin@servicedesk.invalid";
        var created = await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>()
            .EnsureAsync(email, configuration["AdminPassword"], app.Lifetime.ApplicationStopping);
        if (created?.GeneratedPassword is { } password)
        {
            // Printed once, on the console only; it is stored hashed and never shown again.
            Console.WriteLine($"""

                Administrator created: {created.Email}
                One-time password:     {password}
                Sign in and change it with AccountService/ChangeMyPassword.

                """);
        }
    }
}
