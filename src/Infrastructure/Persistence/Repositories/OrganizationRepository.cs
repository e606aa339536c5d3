using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class OrganizationRepository(ServiceDeskDbContext db) : IOrganizationRepository
{
    public Task<Organization?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Organization>> ListAsync(string? afterName, Guid? afterId, int take, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsQueryable();
        if (afterName is not null)
        {
            var id = afterId ?? Guid.Empty;
            organizations = organizations.Where(o => o.Name.CompareTo(afterName) > 0 || (o.Name == afterName && o.Id.CompareTo(id) > 0));
        }
        return await organizations.OrderBy(o => o.Name).ThenBy(o => o.Id).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(Organization organization) => db.Organizations.Add(organization);
}
