using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Domain.Common;

public enum ActorKind
{
    Contact,
    Agent,
    Partner,
    /// <summary>The service itself: timers, the mail gateway.</summary>
    System,
}

/// <summary>Who does something: passed into every verb, never read from ambient state.</summary>
public sealed record Actor(
    ActorKind Kind,
    Guid Id,
    string Name,
    Guid? OrganizationId = null,
    SupportTeam? Team = null,
    Department? Department = null,
    AgentRoles Roles = AgentRoles.None)
{
    public static Actor System { get; } = new(ActorKind.System, Guid.Empty, "ServiceDesk");

    public bool IsAgent => Kind is ActorKind.Agent;
    public bool IsCustomer => Kind is ActorKind.Contact or ActorKind.Partner;
    public bool IsAdministrator => IsAgent && Roles.HasFlag(AgentRoles.Administrator);

    /// <summary>Agents of the support team responsible for a region, the only ones who may work confidential tickets.</summary>
    public bool IsSupportAgentOf(SupportTeam team) => IsAgent && Department is Accounts.Department.Support && Team == team;
}
