namespace ServiceDesk.Application.Notifications;

/// <summary>What e-mails link to (<c>Mail:PortalUrl</c>), and where on-call alarms go (<c>Mail:OnCallAddress</c>; none when empty).</summary>
public sealed class NotificationOptions
{
    public string PortalUrl { get; set; } = "http://localhost:5101";
    public string? OnCallAddress { get; set; }
}
