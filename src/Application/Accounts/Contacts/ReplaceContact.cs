using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts.Contacts;

/// <summary>A contact who changes is replaced: the old access ends and the successor is granted one, in one transaction.</summary>
public sealed record ReplaceContactCommand(Guid ContactId, PersonName Successor) : ICommand<Result<GrantedAccess>>;

public sealed class ReplaceContactValidator : AbstractValidator<ReplaceContactCommand>
{
    public ReplaceContactValidator() => RuleFor(c => c.Successor).SetValidator(new PersonValidator());
}

public sealed class ReplaceContactHandler(ICurrentUser currentUser, IAccountRepository accounts, ContactAccess access, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<ReplaceContactCommand, Result<GrantedAccess>>
{
    public async ValueTask<Result<GrantedAccess>> Handle(ReplaceContactCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAgent) return AccessErrors.AgentsOnly;
        if (await accounts.FindAsync(command.ContactId, cancellationToken) is not { Kind: AccountKind.Contact } old) return AccountErrors.AccountNotFound;
        var deactivated = old.Deactivate(clock.GetUtcNow());
        if (deactivated.IsFailure) return deactivated.Error!;
        var granted = await access.GrantAsync(old.OrganizationId!.Value, command.Successor, cancellationToken);
        if (granted.IsFailure) return granted;
        return await access.SaveAsync(granted.Value, unitOfWork, cancellationToken);
    }
}
