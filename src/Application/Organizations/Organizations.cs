using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Application.Organizations;

public sealed record CreateOrganizationCommand(OrganizationProfile Organization) : ICommand<Result<Organization>>;

public sealed record UpdateOrganizationCommand(Guid Id, OrganizationProfile Organization) : ICommand<Result<Organization>>;

/// <summary>Agents read every organisation; a contact or partner only their own.</summary>
public sealed record GetOrganizationQuery(Guid Id) : IQuery<Result<Organization>>;

public sealed record ListOrganizationsQuery(int PageSize, string? PageToken) : IQuery<Result<Page<Organization>>>;

public sealed class OrganizationProfileValidator : AbstractValidator<OrganizationProfile>
{
    public OrganizationProfileValidator()
    {
        RuleFor(o => o.Name).NotEmpty().MaximumLength(200).OverridePropertyName("display_name");
        RuleFor(o => o.Region).IsInEnum();
        RuleFor(o => o.TimeZoneId).Must(TimeZones.IsKnown).WithMessage("Use an IANA time zone such as Europe/Berlin.").OverridePropertyName("time_zone");
        RuleFor(o => o.HostingMode).IsInEnum();
        RuleFor(o => o.SalesContactEmail).EmailAddress().MaximumLength(254).When(o => !string.IsNullOrEmpty(o.SalesContactEmail));
    }
}

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationValidator() => RuleFor(c => c.Organization).SetValidator(new OrganizationProfileValidator());
}

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganizationCommand>
{
    public UpdateOrganizationValidator() => RuleFor(c => c.Organization).SetValidator(new OrganizationProfileValidator());
}

public sealed class OrganizationHandlers(ICurrentUser currentUser, IOrganizationRepository organizations, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CreateOrganizationCommand, Result<Organization>>,
      ICommandHandler<UpdateOrganizationCommand, Result<Organization>>,
      IQueryHandler<GetOrganizationQuery, Result<Organization>>,
      IQueryHandler<ListOrganizationsQuery, Result<Page<Organization>>>
{
    public async ValueTask<Result<Organization>> Handle(CreateOrganizationCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        var created = Organization.Create(command.Organization, clock.GetUtcNow());
        if (created.IsFailure) return created;
        organizations.Add(created.Value);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return created;
    }

    public async ValueTask<Result<Organization>> Handle(UpdateOrganizationCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        if (await organizations.FindAsync(command.Id, cancellationToken) is not { } organization) return AccountErrors.OrganizationNotFound;
        var updated = organization.Update(command.Organization);
        if (updated.IsFailure) return updated.Error!;
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return organization;
    }

    public async ValueTask<Result<Organization>> Handle(GetOrganizationQuery query, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAgent && actor.OrganizationId != query.Id) return AccountErrors.OrganizationNotFound;
        return await organizations.FindAsync(query.Id, cancellationToken) is { } organization ? organization : AccountErrors.OrganizationNotFound;
    }

    public async ValueTask<Result<Page<Organization>>> Handle(ListOrganizationsQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAgent) return AccessErrors.AgentsOnly;
        var after = PageToken.Decode(query.PageToken, 2);
        Guid? afterId = null;
        if (after is not null)
        {
            if (!Guid.TryParse(after[1], out var id)) throw PageToken.Invalid();
            afterId = id;
        }
        var size = Paging.Size(query.PageSize);
        var rows = await organizations.ListAsync(after?[0], afterId, size + 1, cancellationToken);
        var next = rows.Count > size ? PageToken.Encode(rows[size - 1].Name, rows[size - 1].Id.ToString()) : "";
        return new Page<Organization>(rows.Take(size).ToList(), next);
    }
}
