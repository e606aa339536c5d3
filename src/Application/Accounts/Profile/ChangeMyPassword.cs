using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts.Profile;

public sealed record ChangeMyPasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Result>;

public sealed class ChangeMyPasswordValidator : AbstractValidator<ChangeMyPasswordCommand>
{
    public ChangeMyPasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty();
        RuleFor(c => c.NewPassword).StrongPassword().NotEqual(c => c.CurrentPassword);
    }
}

public sealed class ChangeMyPasswordHandler(ICurrentUser currentUser, IAccountRepository accounts, IPasswordHasher hasher, IUnitOfWork unitOfWork)
    : ICommandHandler<ChangeMyPasswordCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeMyPasswordCommand command, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(currentUser.Actor.Id, cancellationToken) is not { } account) return AccountErrors.AccountNotFound;
        if (account.PasswordHash is null || !hasher.Verify(account.PasswordHash, command.CurrentPassword)) return AccountErrors.WrongPassword;
        account.SetPasswordHash(hasher.Hash(command.NewPassword));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
