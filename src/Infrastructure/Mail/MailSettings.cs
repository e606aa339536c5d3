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
    public ImapSettings Imap { get; set; } = new();

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

/// <summary>The mailbox the desk reads (<c>Mail:Imap</c>). Without a host, inbound mail is off.</summary>
public sealed class ImapSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 993;
    /// <summary><c>SslOnConnect</c> (TLS, port 993), <c>StartTls</c>, <c>StartTlsWhenAvailable</c>, <c>None</c> or <c>Auto</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.SslOnConnect;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string Folder { get; set; } = "INBOX";
    /// <summary>Larger messages are not downloaded; the sender is told (default 25 MB).</summary>
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;
    /// <summary>More MIME parts than this is not a customer's mail: it is quarantined.</summary>
    public int MaxParts { get; set; } = 500;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
