using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts.Contacts;

/// <summary>Ends an account's access: agents deactivate contacts, administrators also agents.</summary>
public sealed record DeactivateAccountCommand(Guid AccountId) : ICommand<Result<Account>>;

public sealed class DeactivateAccountHandler(ICurrentUser currentUser, IAccountRepository accounts, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<DeactivateAccountCommand, Result<Account>>
{
    public async ValueTask<Result<Account>> Handle(DeactivateAccountCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAgent) return AccessErrors.AgentsOnly;
        if (await accounts.FindAsync(command.AccountId, cancellationToken) is not { } account) return AccountErrors.AccountNotFound;
        if (account.Kind is AccountKind.Agent && !actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        var deactivated = account.Deactivate(clock.GetUtcNow());
        if (deactivated.IsFailure) return deactivated.Error!;
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return account;
    }
}
