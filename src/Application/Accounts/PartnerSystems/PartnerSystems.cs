using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts.PartnerSystems;

/// <summary>Registers a customer's LMS or portal for one organisation; the API key is returned once and kept only hashed.</summary>
public sealed record RegisterPartnerSystemCommand(Guid OrganizationId, string Name) : ICommand<Result<RegisteredPartnerSystem>>;

public sealed record RegisteredPartnerSystem(PartnerSystem PartnerSystem, string ApiKey);

public sealed record DeactivatePartnerSystemCommand(Guid PartnerSystemId) : ICommand<Result<PartnerSystem>>;

public sealed record ListPartnerSystemsQuery(Guid OrganizationId) : IQuery<Result<IReadOnlyList<PartnerSystem>>>;

public sealed class RegisterPartnerSystemValidator : AbstractValidator<RegisterPartnerSystemCommand>
{
    public RegisterPartnerSystemValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(200).OverridePropertyName("display_name");
}

public sealed class PartnerSystemHandlers(
    ICurrentUser currentUser,
    IPartnerSystemRepository partners,
    IOrganizationRepository organizations,
    IApiKeys apiKeys,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
    : ICommandHandler<RegisterPartnerSystemCommand, Result<RegisteredPartnerSystem>>,
      ICommandHandler<DeactivatePartnerSystemCommand, Result<PartnerSystem>>,
      IQueryHandler<ListPartnerSystemsQuery, Result<IReadOnlyList<PartnerSystem>>>
{
    public async ValueTask<Result<RegisteredPartnerSystem>> Handle(RegisterPartnerSystemCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        if (await organizations.FindAsync(command.OrganizationId, cancellationToken) is null) return AccountErrors.OrganizationNotFound;
        var key = apiKeys.Issue();
        var partner = PartnerSystem.Register(command.Name, command.OrganizationId, key.Prefix, key.Hash, clock.GetUtcNow());
        partners.Add(partner);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new RegisteredPartnerSystem(partner, key.Key);
    }

    public async ValueTask<Result<PartnerSystem>> Handle(DeactivatePartnerSystemCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        if (await partners.FindAsync(command.PartnerSystemId, cancellationToken) is not { } partner) return AccountErrors.PartnerSystemNotFound;
        partner.Deactivate();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return partner;
    }

    public async ValueTask<Result<IReadOnlyList<PartnerSystem>>> Handle(ListPartnerSystemsQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        return Result<IReadOnlyList<PartnerSystem>>.From(await partners.ListAsync(query.OrganizationId, cancellationToken));
    }
}
