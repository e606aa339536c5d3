using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts.Profile;

/// <summary>The signed-in person's own account.</summary>
public sealed record GetMyProfileQuery : IQuery<Result<Account>>;

/// <summary>Contacts and agents set their phone, language and time zone themselves.</summary>
public sealed record UpdateMyProfileCommand(string Phone, Language Language, string TimeZone) : ICommand<Result<Account>>;

public sealed class UpdateMyProfileValidator : AbstractValidator<UpdateMyProfileCommand>
{
    public UpdateMyProfileValidator()
    {
        RuleFor(c => c.Phone).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Language).IsInEnum();
        RuleFor(c => c.TimeZone).Must(TimeZones.IsKnown).WithMessage("Use an IANA time zone such as Europe/Berlin.");
    }
}

public sealed class MyProfileHandlers(ICurrentUser currentUser, IAccountRepository accounts, IUnitOfWork unitOfWork)
    : IQueryHandler<GetMyProfileQuery, Result<Account>>, ICommandHandler<UpdateMyProfileCommand, Result<Account>>
{
    public async ValueTask<Result<Account>> Handle(GetMyProfileQuery query, CancellationToken cancellationToken) =>
        await accounts.FindAsync(currentUser.Actor.Id, cancellationToken) is { } account ? account : AccountErrors.AccountNotFound;

    public async ValueTask<Result<Account>> Handle(UpdateMyProfileCommand command, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(currentUser.Actor.Id, cancellationToken) is not { } account) return AccountErrors.AccountNotFound;
        account.UpdateProfile(command.Phone, command.Language, command.TimeZone);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return account;
    }
}
