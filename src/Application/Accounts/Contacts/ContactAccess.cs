using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts.Contacts;

/// <summary>Granting access, shared by a plain grant and by replacing a contact.</summary>
public sealed class ContactAccess(IAccountRepository accounts, IOrganizationRepository organizations, InitialPasswords passwords, TimeProvider clock)
{
    public async Task<Result<GrantedAccess>> GrantAsync(Guid organizationId, PersonName person, CancellationToken cancellationToken)
    {
        if (await organizations.FindAsync(organizationId, cancellationToken) is null) return AccountErrors.OrganizationNotFound;
        var now = clock.GetUtcNow();
        if (await accounts.FindByEmailAsync(Account.NormalizeEmail(person.Email), cancellationToken) is { } existing)
        {
            var regranted = existing.RegrantContactAccess(organizationId, person, now);
            return regranted.IsSuccess ? new GrantedAccess(existing, null, WelcomeMailDue: false) : regranted.Error!;
        }
        var account = Account.GrantContactAccess(organizationId, person, now);
        var password = passwords.AssignTo(account);
        accounts.Add(account);
        return new GrantedAccess(account, password, WelcomeMailDue: true);
    }

    public async Task<Result<GrantedAccess>> SaveAsync(GrantedAccess granted, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return granted;
        }
        catch (DuplicateRequestException)
        {
            return AccountErrors.EmailTaken;
        }
    }
}
