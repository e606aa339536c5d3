namespace ServiceDesk.Domain.Deliveries;

/// <summary>Where a delivery stands (SPEC sections 5 and 8).</summary>
public enum DeliveryStatus
{
    /// <summary>In preparation, up to its release.</summary>
    Planned = 1,
    /// <summary>Customer- or third-party-hosted: the package is on the SFTP server.</summary>
    Delivered = 2,
    /// <summary>Vendor-hosted: installed on the organisation's staging system, waiting for the customer's test phase.</summary>
    StageInstallationCompleted = 3,
    /// <summary>Vendor-hosted: installed on production.</summary>
    InstallationCompleted = 4,
}

/// <summary>The preparation of a planned delivery, recorded in this order.</summary>
public enum DeliveryMilestone
{
    /// <summary>The merge of the standard patch into the customer's codeline is scheduled: this gives the estimated date.</summary>
    MergeScheduled = 1,
    MergeDone = 2,
    /// <summary>The desk checked which changes are in and complete.</summary>
    ChangesChecked = 3,
    /// <summary>From here on the delivery's list of tickets is frozen.</summary>
    CodelineClosed = 4,
    PackageBuilt = 5,
    /// <summary>Installed and tested on the reference system: fixes re-checked in the context of all changes.</summary>
    TestedOnReferenceSystem = 6,
    /// <summary>Support released the package.</summary>
    Released = 7,
}
