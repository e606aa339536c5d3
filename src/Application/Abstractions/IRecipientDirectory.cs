using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Application.Abstractions;

/// <summary>The people notifications go to.</summary>
public interface IRecipientDirectory
{
    Task<IReadOnlyList<Account>> ActiveContactsAsync(Guid organizationId, CancellationToken cancellationToken);

    /// <summary>Active agents of the support department in the team (the team responsible for an organisation's region).</summary>
    Task<IReadOnlyList<Account>> ActiveSupportAgentsAsync(SupportTeam team, CancellationToken cancellationToken);
}
