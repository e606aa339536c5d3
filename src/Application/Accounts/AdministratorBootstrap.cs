using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Application.Accounts;

/// <summary>
/// On first start, when no administrator exists, creates one. Its password comes from configuration or is
/// generated and returned once, for the host to print; there is no default password.
/// </summary>
public sealed class AdministratorBootstrap(IAccountRepository accounts, IPasswordHasher hasher, InitialPasswords passwords, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public sealed record Created(string Email, string? GeneratedPassword);

    public async Task<Created?> EnsureAsync(string email, string? password, CancellationToken cancellationToken)
    {
        if (await accounts.AnyAdministratorAsync(cancellationToken)) return null;
        var person = new PersonName("Administrator", email, "-", Language.English, "UTC");
        var admin = Account.CreateAgent(person, SupportTeam.Dach, Site.Saarbruecken, Department.Support, AgentRoles.Administrator, clock.GetUtcNow());
        string? generated = null;
        if (string.IsNullOrEmpty(password)) generated = passwords.AssignTo(admin);
        else admin.SetPasswordHash(hasher.Hash(password));
        accounts.Add(admin);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new Created(admin.Email, generated);
    }
}
