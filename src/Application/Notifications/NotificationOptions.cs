namespace ServiceDesk.Application.Notifications;

/// <summary>What e-mails link to (<c>Mail:PortalUrl</c>).</summary>
public sealed class NotificationOptions
{
    public string PortalUrl { get; set; } = "http://localhost:5101";
}
