using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Notifications;
using ServiceDesk.Infrastructure.Mail.Inbound;
using ServiceDesk.Infrastructure.Outbox;

namespace ServiceDesk.Infrastructure.Mail;

internal static class MailServices
{
    /// <summary>The <c>Mail</c> section: the outbox's two stages, SMTP or the pickup folder, reply tokens, the IMAP mailbox.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration, DataFolder dataFolder)
    {
        var section = configuration.GetSection("Mail");
        var settings = section.Get<MailSettings>() ?? new MailSettings();
        services.AddSingleton(settings);
        services.AddSingleton(section.Get<NotificationOptions>() ?? new NotificationOptions());
        services.AddSingleton<IReplyTokens, ReplyTokens>();
        services.AddSingleton<OutgoingMimeMessages>();
        services.AddScoped<IOutgoingMail, OutgoingMailQueue>();
        services.AddScoped<NotificationPlanner>();
        services.AddScoped<MailDispatcher>();
        services.AddScoped<OutgoingMailRound>();
        services.AddSingleton(settings.Imap);
        services.AddSingleton<IncomingMailReader>();
        services.AddScoped<IReceivedMailLog, ReceivedMailLog>();
        services.AddScoped<InboundMailRound>();
        var pickup = Path.GetFullPath(settings.PickupFolder, dataFolder.Path);
        services.AddScoped<IMailTransport>(_ => string.IsNullOrWhiteSpace(settings.Smtp.Host)
            ? new PickupFolderTransport(pickup)
            : new SmtpMailTransport(settings.Smtp));
        return services;
    }
}
