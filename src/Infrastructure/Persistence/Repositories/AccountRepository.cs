using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class AccountRepository(ServiceDeskDbContext db) : IAccountRepository
{
    public Task<Account?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<Account?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        db.Accounts.SingleOrDefaultAsync(a => a.Email == normalizedEmail, cancellationToken);

    public Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken) =>
        db.Accounts.AnyAsync(a => a.Kind == AccountKind.Agent && a.IsActive && (a.Roles & AgentRoles.Administrator) != 0, cancellationToken);

    public async Task<IReadOnlyList<Account>> ListAsync(AccountKind kind, Guid? organizationId, string? afterEmail, int take, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.Where(a => a.Kind == kind);
        if (organizationId is { } organization) accounts = accounts.Where(a => a.OrganizationId == organization);
        if (afterEmail is not null) accounts = accounts.Where(a => a.Email.CompareTo(afterEmail) > 0);
        return await accounts.OrderBy(a => a.Email).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(Account account) => db.Accounts.Add(account);
}
