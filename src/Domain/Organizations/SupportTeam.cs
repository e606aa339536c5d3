namespace ServiceDesk.Domain.Organizations;

/// <summary>The two support teams; an organisation's region decides which one is responsible for it.</summary>
public enum SupportTeam
{
    Dach = 1,
    International = 2,
}
