using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Application.Abstractions;

public interface IAccountRepository
{
    Task<Account?> FindAsync(Guid id, CancellationToken cancellationToken);
    Task<Account?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken);
    Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken);
    /// <summary>Accounts of one kind, optionally of one organisation, ordered by e-mail, after the given e-mail (keyset).</summary>
    Task<IReadOnlyList<Account>> ListAsync(AccountKind kind, Guid? organizationId, string? afterEmail, int take, CancellationToken cancellationToken);
    void Add(Account account);
}

public interface IOrganizationRepository
{
    Task<Organization?> FindAsync(Guid id, CancellationToken cancellationToken);
    /// <summary>Organisations ordered by name then id, after the given position (keyset).</summary>
    Task<IReadOnlyList<Organization>> ListAsync(string? afterName, Guid? afterId, int take, CancellationToken cancellationToken);
    void Add(Organization organization);
}

public interface IPartnerSystemRepository
{
    Task<PartnerSystem?> FindAsync(Guid id, CancellationToken cancellationToken);
    Task<PartnerSystem?> FindByKeyPrefixAsync(string keyPrefix, CancellationToken cancellationToken);
    Task<IReadOnlyList<PartnerSystem>> ListAsync(Guid organizationId, CancellationToken cancellationToken);
    void Add(PartnerSystem partnerSystem);
}
