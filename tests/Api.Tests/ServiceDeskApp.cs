using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Deliveries.V1;
using ServiceDesk.Contracts.Escalations.V1;
using ServiceDesk.Contracts.Tickets.V1;
using ServiceDesk.Api.Tests.Mail;
using ServiceDesk.Infrastructure.Mail;
using ServiceDesk.Infrastructure.Mail.Inbound;
using ServiceDesk.TestSupport;

namespace ServiceDesk.Api.Tests;

/// <summary>The real service in process, on a real database, spoken to through a real gRPC channel.</summary>
public sealed class ServiceDeskApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.test";
    public string AdminPassword { get; } = "Admin-" + Guid.NewGuid().ToString("N");
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    public TestDatabase Database { get; }
    /// <summary>The SMTP server the service sends to; started before the service.</summary>
    public SmtpSink Smtp { get; } = new();

    private readonly Action<IWebHostBuilder>? _configure;
    private GrpcChannel? _channel;

    /// <param name="configure">Settings of a single test's own service, applied after the defaults.</param>
    public ServiceDeskApp(TestDatabase database, Action<IWebHostBuilder>? configure = null) => (Database, _configure) = (database, configure);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("DataFolder", Database.Folder);
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Attachments:MaxBytes", (1024 * 1024).ToString());
        // Tests walk the fake clock through months; a signed-in caller stays signed in.
        builder.UseSetting("Auth:TokenLifetime", "3650.00:00:00");
        // Background rounds are driven by the tests themselves, on the fake clock.
        builder.UseSetting("Workers:Enabled", "false");
        builder.UseSetting("Mail:FromAddress", "desk@servicedesk.test");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", Smtp.Port.ToString());
        builder.UseSetting("Mail:Smtp:Security", "None");
        // Few attempts, so a test walks to "failed" in minutes of fake time (access tokens last an hour).
        builder.UseSetting("Mail:MaxAttempts", "3");
        if (TestMailbox.FromEnvironment() is { } mailbox)
        {
            builder.UseSetting("Mail:Imap:Host", mailbox.Host);
            builder.UseSetting("Mail:Imap:Port", mailbox.Port.ToString());
            builder.UseSetting("Mail:Imap:Security", "None");
            builder.UseSetting("Mail:Imap:UserName", mailbox.User);
            builder.UseSetting("Mail:Imap:Password", mailbox.Password);
            builder.UseSetting("Mail:Imap:MaxMessageBytes", (200 * 1024).ToString());
        }
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        _configure?.Invoke(builder);
    }

    public GrpcChannel Channel => _channel ??= GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    /// <summary>A call invoker that sends the given metadata entry with every call.</summary>
    public CallInvoker With(string key, string value) => Channel.Intercept(metadata =>
    {
        metadata.Add(key, value);
        return metadata;
    });

    /// <summary>One round of the outgoing-mail worker: plan e-mails for every committed event, then send what is due.</summary>
    public async Task<int> SendMailAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutgoingMailRound>().RunAsync(CancellationToken.None);
    }

    /// <summary>One round of the inbound-mail worker over the given IMAP folder; returns how many messages it took care of.</summary>
    public async Task<int> ReceiveMailAsync(string folder)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InboundMailRound>().RunAsync(folder, CancellationToken.None);
    }

    public CallInvoker Anonymous => Channel.CreateCallInvoker();

    /// <summary>One round of the ticket timers at the fake clock's time, as the background worker would run it.</summary>
    public async Task<int> SweepTimersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Application.Sla.Timers.TicketTimerSweep>().RunAsync(CancellationToken.None);
    }

    public async Task<Caller> SignInAsync(string email, string password)
    {
        var reply = await new AccountService.AccountServiceClient(Anonymous).SignInAsync(new SignInRequest { Email = email, Password = password });
        return new Caller(reply.Account, With("authorization", "Bearer " + reply.AccessToken));
    }

    public Caller Partner(PartnerSystem partner, string apiKey) =>
        new(new Account { Name = partner.Name, DisplayName = partner.DisplayName, Organization = partner.Organization }, With("x-api-key", apiKey));

    public override async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>Someone signed in, with clients that carry their credentials.</summary>
public sealed record Caller(Account Account, CallInvoker Invoker)
{
    public TicketService.TicketServiceClient Tickets { get; } = new(Invoker);
    public AccountService.AccountServiceClient Accounts { get; } = new(Invoker);
    public DeliveryService.DeliveryServiceClient Deliveries { get; } = new(Invoker);
    public EscalationService.EscalationServiceClient Escalations { get; } = new(Invoker);
    public string Name => Account.Name;
}
