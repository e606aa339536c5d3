using System.Globalization;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Application.Notifications;

/// <summary>What a delivery event tells the organisation, in both languages.</summary>
public sealed record DeliveryNews(Guid OrganizationId, string PatchVersion, string English, string German, DateOnly? EstimatedDate = null)
{
    public static DeliveryNews? From(Domain.Common.IDomainEvent domainEvent) => domainEvent switch
    {
        DeliveryPlanned e => new(e.OrganizationId, e.PatchVersion, "planned", "geplant"),
        DeliveryEstimatedDateChanged e => new(e.OrganizationId, e.PatchVersion,
            $"new estimated date{Because(e.Reason)}", $"neuer voraussichtlicher Termin{Because(e.Reason)}", e.EstimatedDate),
        DeliveryPackageHandedOver e => new(e.OrganizationId, e.PatchVersion,
            $"the package is ready for download: {e.DownloadLocation}", $"das Paket steht zum Download bereit: {e.DownloadLocation}"),
        DeliveryMaintenanceAnnounced e => new(e.OrganizationId, e.PatchVersion,
            $"maintenance of the {Target(e.Target, "staging", "production")} system on {Utc(e.MaintenanceAt)}",
            $"Wartung des {Target(e.Target, "Staging", "Produktiv")}systems am {Utc(e.MaintenanceAt)}"),
        DeliveryInstalled e => new(e.OrganizationId, e.PatchVersion,
            $"installed on the {Target(e.Target, "staging", "production")} system", $"auf dem {Target(e.Target, "Staging", "Produktiv")}system installiert"),
        _ => null,
    };

    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $" ({reason})";

    private static string Target(InstallationTarget target, string staging, string production) =>
        target is InstallationTarget.Staging ? staging : production;

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("dd.MM.yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
