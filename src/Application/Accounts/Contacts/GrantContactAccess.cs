using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts.Contacts;

/// <summary>
/// Gives a person support access for an organisation. A new account gets a welcome e-mail; an account that
/// exists already (from a project phase, say) only has its rights updated.
/// </summary>
public sealed record GrantContactAccessCommand(Guid OrganizationId, PersonName Person) : ICommand<Result<GrantedAccess>>;

public sealed class GrantContactAccessValidator : AbstractValidator<GrantContactAccessCommand>
{
    public GrantContactAccessValidator() => RuleFor(c => c.Person).SetValidator(new PersonValidator());
}

public sealed class GrantContactAccessHandler(ICurrentUser currentUser, ContactAccess access, IUnitOfWork unitOfWork)
    : ICommandHandler<GrantContactAccessCommand, Result<GrantedAccess>>
{
    public async ValueTask<Result<GrantedAccess>> Handle(GrantContactAccessCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAgent) return AccessErrors.AgentsOnly;
        var granted = await access.GrantAsync(command.OrganizationId, command.Person, cancellationToken);
        if (granted.IsFailure) return granted;
        return await access.SaveAsync(granted.Value, unitOfWork, cancellationToken);
    }
}
