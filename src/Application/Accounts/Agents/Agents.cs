using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Application.Accounts.Agents;

public sealed record AgentFields(SupportTeam Team, Site Site, Department Department, AgentRoles Roles);

/// <summary>Administrators create agents; the new agent's one-time password is returned once.</summary>
public sealed record CreateAgentCommand(PersonName Person, AgentFields Agent) : ICommand<Result<GrantedAccess>>;

public sealed record UpdateAgentCommand(Guid AgentId, AgentFields Agent) : ICommand<Result<Account>>;

public sealed class AgentFieldsValidator : AbstractValidator<AgentFields>
{
    public AgentFieldsValidator()
    {
        RuleFor(a => a.Team).IsInEnum();
        RuleFor(a => a.Site).IsInEnum();
        RuleFor(a => a.Department).IsInEnum();
        RuleFor(a => a.Roles).Must(r => (r & ~(AgentRoles.Agent | AgentRoles.TeamLead | AgentRoles.Administrator)) == 0).WithMessage("Unknown role.");
    }
}

public sealed class CreateAgentValidator : AbstractValidator<CreateAgentCommand>
{
    public CreateAgentValidator()
    {
        RuleFor(c => c.Person).SetValidator(new PersonValidator());
        RuleFor(c => c.Agent).SetValidator(new AgentFieldsValidator());
    }
}

public sealed class UpdateAgentValidator : AbstractValidator<UpdateAgentCommand>
{
    public UpdateAgentValidator() => RuleFor(c => c.Agent).SetValidator(new AgentFieldsValidator());
}

public sealed class AgentHandlers(ICurrentUser currentUser, IAccountRepository accounts, InitialPasswords passwords, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CreateAgentCommand, Result<GrantedAccess>>, ICommandHandler<UpdateAgentCommand, Result<Account>>
{
    public async ValueTask<Result<GrantedAccess>> Handle(CreateAgentCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        if (await accounts.FindByEmailAsync(Account.NormalizeEmail(command.Person.Email), cancellationToken) is not null) return AccountErrors.EmailTaken;
        var (team, site, department, roles) = command.Agent;
        var agent = Account.CreateAgent(command.Person, team, site, department, roles, clock.GetUtcNow());
        var password = passwords.AssignTo(agent);
        accounts.Add(agent);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateRequestException)
        {
            return AccountErrors.EmailTaken;
        }
        return new GrantedAccess(agent, password, WelcomeMailDue: false);
    }

    public async ValueTask<Result<Account>> Handle(UpdateAgentCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        if (await accounts.FindAsync(command.AgentId, cancellationToken) is not { } agent) return AccountErrors.AccountNotFound;
        var (team, site, department, roles) = command.Agent;
        var updated = agent.UpdateAgent(team, site, department, roles);
        if (updated.IsFailure) return updated.Error!;
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return agent;
    }
}
