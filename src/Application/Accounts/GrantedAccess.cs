using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Application.Accounts;

/// <summary>An account given access; a new one comes with a one-time password that is shown once and stored only hashed.</summary>
public sealed record GrantedAccess(Account Account, string? InitialPassword, bool WelcomeMailDue);

public sealed class InitialPasswords(IPasswordGenerator generator, IPasswordHasher hasher)
{
    public string AssignTo(Account account)
    {
        var password = generator.Generate();
        account.SetPasswordHash(hasher.Hash(password));
        return password;
    }
}
