using ServiceDesk.Application.Accounts;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Organizations;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using Proto = ServiceDesk.Contracts.Accounts.V1;
using ProtoTickets = ServiceDesk.Contracts.Tickets.V1;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>The one place where accounts, organisations and partner systems cross the wire.</summary>
public static class AccountMapping
{
    private static readonly AgentRoles[] Roles = [AgentRoles.Agent, AgentRoles.TeamLead, AgentRoles.Administrator];

    public static PersonName ToDomain(this PersonFields? person)
    {
        person ??= new PersonFields();
        return new PersonName(person.DisplayName, person.Email, person.Phone,
            person.Language is Proto.Language.Unspecified ? Domain.Accounts.Language.English : person.Language.To<Domain.Accounts.Language>(),
            string.IsNullOrEmpty(person.TimeZone) ? "UTC" : person.TimeZone);
    }

    public static Application.Accounts.Agents.AgentFields ToDomain(this Proto.AgentFields? agent)
    {
        agent ??= new Proto.AgentFields();
        var roles = agent.Roles.Aggregate(AgentRoles.None, (all, role) => all | (AgentRoles)(int)role);
        return new Application.Accounts.Agents.AgentFields(agent.Team.To<SupportTeam>(), agent.Site.To<Domain.Accounts.Site>(), agent.Department.To<Department>(), roles);
    }

    public static OrganizationProfile ToDomain(this OrganizationFields? fields)
    {
        fields ??= new OrganizationFields();
        return new OrganizationProfile(
            fields.DisplayName,
            fields.Region.To<SupportTeam>(),
            string.IsNullOrEmpty(fields.TimeZone) ? "UTC" : fields.TimeZone,
            fields.HostingMode.To<Domain.Organizations.HostingMode>(),
            fields.StagingSystem,
            string.IsNullOrEmpty(fields.SalesContactEmail) ? null : fields.SalesContactEmail,
            ParseOptionalAccount(fields.PersonalSupportContact, "organization.personal_support_contact"));
    }

    public static Proto.Account ToProto(this Domain.Accounts.Account a)
    {
        var reply = new Proto.Account
        {
            Name = Account(a.Id),
            Kind = a.Kind.ToProto<Proto.AccountKind>(),
            Email = a.Email,
            DisplayName = a.Name,
            Phone = a.Phone,
            Language = a.Language.ToProto<Proto.Language>(),
            TimeZone = a.TimeZoneId,
            Active = a.IsActive,
            Organization = a.OrganizationId is { } organizationId ? Organization(organizationId) : "",
            Team = a.Team.ToProto<ProtoTickets.SupportTeam>(),
            Site = a.Site.ToProto<Proto.Site>(),
            Department = a.Department.ToProto<ProtoTickets.Department>(),
            CreateTime = a.CreatedAt.ToProto(),
        };
        reply.Roles.AddRange(Roles.Where(r => a.Roles.HasFlag(r)).Select(r => (AgentRole)(int)r));
        return reply;
    }

    public static GrantAccessResponse ToProto(this GrantedAccess granted) => new()
    {
        Account = granted.Account.ToProto(),
        InitialPassword = granted.InitialPassword ?? "",
        WelcomeMailSent = granted.WelcomeMailDue,
    };

    public static Proto.Organization ToProto(this Domain.Organizations.Organization o) => new()
    {
        Name = Organization(o.Id),
        DisplayName = o.Name,
        Region = o.Region.ToProto<ProtoTickets.SupportTeam>(),
        TimeZone = o.TimeZoneId,
        HostingMode = o.HostingMode.ToProto<Proto.HostingMode>(),
        StagingSystem = o.HasStagingSystem,
        SalesContactEmail = o.SalesContactEmail ?? "",
        PersonalSupportContact = OptionalAccount(o.PersonalSupportContactId),
        CreateTime = o.CreatedAt.ToProto(),
    };

    public static Proto.PartnerSystem ToProto(this Domain.Accounts.PartnerSystem p) => new()
    {
        Name = PartnerSystem(p.Id),
        DisplayName = p.Name,
        Organization = Organization(p.OrganizationId),
        KeyPrefix = p.KeyPrefix,
        Active = p.IsActive,
        CreateTime = p.CreatedAt.ToProto(),
    };
}
