using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Accounts;

/// <summary>A customer's LMS or portal that raises and follows incidents for one organisation with its own API key.</summary>
public sealed class PartnerSystem : AggregateRoot
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public Guid OrganizationId { get; private set; }
    /// <summary>The first characters of the key, stored in clear so the key can be found; the rest is only hashed.</summary>
    public string KeyPrefix { get; private set; } = "";
    public string KeyHash { get; private set; } = "";
    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private PartnerSystem() { }

    public static PartnerSystem Register(string name, Guid organizationId, string keyPrefix, string keyHash, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Name = name.Trim(),
        OrganizationId = organizationId,
        KeyPrefix = keyPrefix,
        KeyHash = keyHash,
        IsActive = true,
        CreatedAt = now,
    };

    public void Deactivate() => IsActive = false;

    public Actor ToActor() => new(ActorKind.Partner, Id, Name, OrganizationId);
}
