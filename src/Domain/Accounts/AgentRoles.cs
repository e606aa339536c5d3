namespace ServiceDesk.Domain.Accounts;

[Flags]
public enum AgentRoles
{
    None = 0,
    Agent = 1,
    TeamLead = 2,
    Administrator = 4,
}
