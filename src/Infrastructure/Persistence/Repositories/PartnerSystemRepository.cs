using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class PartnerSystemRepository(ServiceDeskDbContext db) : IPartnerSystemRepository
{
    public Task<PartnerSystem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.PartnerSystems.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<PartnerSystem?> FindByKeyPrefixAsync(string keyPrefix, CancellationToken cancellationToken) =>
        db.PartnerSystems.SingleOrDefaultAsync(p => p.KeyPrefix == keyPrefix, cancellationToken);

    public async Task<IReadOnlyList<PartnerSystem>> ListAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await db.PartnerSystems.Where(p => p.OrganizationId == organizationId).OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public void Add(PartnerSystem partnerSystem) => db.PartnerSystems.Add(partnerSystem);
}
