using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Deliveries;

// What a delivery announces to its organisation; the mail gateway turns these outbox rows into e-mails.

public sealed record DeliveryPlanned(Guid DeliveryId, Guid OrganizationId, string PatchVersion, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The estimated delivery date was set or changed; every change is communicated with its reason.</summary>
public sealed record DeliveryEstimatedDateChanged(
    Guid DeliveryId, Guid OrganizationId, string PatchVersion, DateOnly? PreviousDate, DateOnly EstimatedDate, string? Reason, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Customer- or third-party-hosted: the package is ready for download.</summary>
public sealed record DeliveryPackageHandedOver(
    Guid DeliveryId, Guid OrganizationId, string PatchVersion, string DownloadLocation, string Message, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Vendor-hosted: the planned maintenance on the staging or production system.</summary>
public sealed record DeliveryMaintenanceAnnounced(
    Guid DeliveryId, Guid OrganizationId, string PatchVersion, InstallationTarget Target, DateTimeOffset MaintenanceAt, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Vendor-hosted: the package is installed on the staging or production system.</summary>
public sealed record DeliveryInstalled(
    Guid DeliveryId, Guid OrganizationId, string PatchVersion, InstallationTarget Target, DateTimeOffset OccurredAt) : IDomainEvent;

public enum InstallationTarget
{
    Staging = 1,
    Production = 2,
}
