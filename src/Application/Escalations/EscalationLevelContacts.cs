using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Application.Escalations;

/// <summary>
/// The people of one escalation level for one organisation, the first of whom owns an escalation at that level.
/// Level 0: the organisation's personal support contact when one is set, the team leads of the region's team, then the
/// level's named contacts; levels 1 to 3: their named contacts. Each address once.
/// </summary>
public sealed class EscalationLevelContacts(
    IEscalationChain chain, IOrganizationRepository organizations, IAccountRepository accounts, IRecipientDirectory directory)
{
    public async Task<IReadOnlyList<EscalationContact>> ForAsync(int level, Guid organizationId, SupportTeam team, CancellationToken cancellationToken)
    {
        var people = new List<EscalationContact>();
        if (level == 0)
        {
            var organization = await organizations.FindAsync(organizationId, cancellationToken);
            if (organization?.PersonalSupportContactId is { } personalId && await accounts.FindAsync(personalId, cancellationToken) is { IsActive: true } personal)
                people.Add(EscalationContact.Of(personal));
            var teamLeads = await directory.ActiveSupportAgentsAsync(team, cancellationToken);
            people.AddRange(teamLeads.Where(a => a.Roles.HasFlag(AgentRoles.TeamLead)).OrderBy(a => a.Name).Select(EscalationContact.Of));
        }
        if (await chain.FindAsync(level, cancellationToken) is { } named) people.AddRange(named.Contacts);
        return people.DistinctBy(p => Account.NormalizeEmail(p.Email)).ToList();
    }

    /// <summary>Who takes over an escalation reaching the level; null while the level has nobody.</summary>
    public async Task<EscalationContact?> OwnerAsync(int level, Guid organizationId, SupportTeam team, CancellationToken cancellationToken) =>
        (await ForAsync(level, organizationId, team, cancellationToken)).FirstOrDefault();
}
