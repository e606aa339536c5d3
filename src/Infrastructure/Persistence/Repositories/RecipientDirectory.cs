using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class RecipientDirectory(ServiceDeskDbContext db) : IRecipientDirectory
{
    public async Task<IReadOnlyList<Account>> ActiveContactsAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking()
            .Where(a => a.Kind == AccountKind.Contact && a.IsActive && a.OrganizationId == organizationId)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Account>> ActiveSupportAgentsAsync(SupportTeam team, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking()
            .Where(a => a.Kind == AccountKind.Agent && a.IsActive && a.Team == team && a.Department == Department.Support)
            .ToListAsync(cancellationToken);
}
