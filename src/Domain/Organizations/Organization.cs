using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Organizations;

/// <summary>A customer company or institution with a support contract.</summary>
public sealed class Organization : AggregateRoot
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public SupportTeam Region { get; private set; }
    public string TimeZoneId { get; private set; } = "UTC";
    public HostingMode HostingMode { get; private set; }
    public bool HasStagingSystem { get; private set; }
    public string? SalesContactEmail { get; private set; }
    public Guid? PersonalSupportContactId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    private Organization() { }

    public static Result<Organization> Create(OrganizationProfile profile, DateTimeOffset now)
    {
        var organization = new Organization { Id = Guid.NewGuid(), CreatedAt = now };
        var applied = organization.Apply(profile);
        return applied.IsSuccess ? organization : applied.Error!;
    }

    public Result Update(OrganizationProfile profile)
    {
        var applied = Apply(profile);
        if (applied.IsSuccess) Version++;
        return applied;
    }

    private Result Apply(OrganizationProfile profile)
    {
        if (!TimeZones.IsKnown(profile.TimeZoneId))
            return DomainError.Invalid("time_zone", $"'{profile.TimeZoneId}' is not a known IANA time zone.");
        Name = profile.Name.Trim();
        Region = profile.Region;
        TimeZoneId = profile.TimeZoneId;
        HostingMode = profile.HostingMode;
        HasStagingSystem = profile.HasStagingSystem;
        SalesContactEmail = profile.SalesContactEmail;
        PersonalSupportContactId = profile.PersonalSupportContactId;
        return Result.Success;
    }
}

/// <summary>The editable facts of an organisation.</summary>
public sealed record OrganizationProfile(
    string Name,
    SupportTeam Region,
    string TimeZoneId,
    HostingMode HostingMode,
    bool HasStagingSystem,
    string? SalesContactEmail,
    Guid? PersonalSupportContactId);
