using MailKit.Security;

namespace ServiceDesk.Infrastructure.Mail;

/// <summary>The <c>Mail</c> section: addresses and SMTP. Without an SMTP host, mail goes to the pickup folder.</summary>
public sealed class MailSettings
{
    public string FromAddress { get; set; } = "servicedesk@localhost";
    public string FromName { get; set; } = "ServiceDesk";
    /// <summary>Where replies go; each ticket's reply token is added as a plus tag (<c>support+SD-1042.token@…</c>). Default: the from address.</summary>
    public string? ReplyAddress { get; set; }
    /// <summary>Folder for <c>.eml</c> files when no SMTP host is set, relative to the data folder.</summary>
    public string PickupFolder { get; set; } = "mail/pickup";
    /// <summary>Sending attempts before a message waits for an administrator's retry.</summary>
    public int MaxAttempts { get; set; } = 10;
    public SmtpSettings Smtp { get; set; } = new();

    public string ReplyTo => string.IsNullOrWhiteSpace(ReplyAddress) ? FromAddress : ReplyAddress;

    /// <summary>The right-hand side of our Message-IDs: the from address's domain.</summary>
    public string Domain => FromAddress[(FromAddress.LastIndexOf('@') + 1)..];
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary><c>StartTls</c>, <c>SslOnConnect</c> (TLS), <c>StartTlsWhenAvailable</c>, <c>None</c> or <c>Auto</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
