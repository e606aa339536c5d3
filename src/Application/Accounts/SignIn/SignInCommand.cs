using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts.SignIn;

/// <summary>E-mail address and password for a short-lived access token.</summary>
public sealed record SignInCommand(string Email, string Password) : ICommand<Result<SignedIn>>;

public sealed record SignedIn(AccessToken Token, Account Account);

public sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    public SignInValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(200);
    }
}

public sealed class SignInHandler(IAccountRepository accounts, IPasswordHasher hasher, ITokenIssuer tokens)
    : ICommandHandler<SignInCommand, Result<SignedIn>>
{
    // Verifying against a real hash when the account is unknown keeps the answer time the same either way.
    private readonly Lazy<string> _decoy = new(() => hasher.Hash(Guid.NewGuid().ToString()));

    public async ValueTask<Result<SignedIn>> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(Account.NormalizeEmail(command.Email), cancellationToken);
        var verified = hasher.Verify(account?.PasswordHash ?? _decoy.Value, command.Password);
        if (account is not { IsActive: true } || account.PasswordHash is null || !verified) return AccountErrors.WrongCredentials;
        return new SignedIn(tokens.Issue(account), account);
    }
}
