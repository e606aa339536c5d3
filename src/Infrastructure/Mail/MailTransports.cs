using MailKit.Net.Smtp;
using MimeKit;

namespace ServiceDesk.Infrastructure.Mail;

/// <summary>Where sent mail goes: an SMTP server, or the pickup folder. One instance per dispatch round.</summary>
public interface IMailTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Sends through MailKit, connecting once per round and again after a broken connection.</summary>
public sealed class SmtpMailTransport(SmtpSettings settings) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = 30_000 };

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            await _client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
                await _client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }
        await _client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try { await _client.DisconnectAsync(quit: true); }
            catch (Exception exception) when (exception is IOException or MailKit.ProtocolException) { }
        }
        _client.Dispose();
    }
}

/// <summary>The embedded default: each message becomes <c>&lt;id&gt;.eml</c>, written whole or not at all, so sending twice writes the same file.</summary>
public sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var name = message.Headers[OutgoingMimeMessages.OwnMailHeader];
        var path = Path.Combine(folder, name + ".eml");
        var partial = path + ".tmp";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
