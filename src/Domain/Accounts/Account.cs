using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Domain.Accounts;

/// <summary>A person who signs in with e-mail and password: a customer's contact or a vendor's agent.</summary>
public sealed class Account : AggregateRoot
{
    public Guid Id { get; private set; }
    public AccountKind Kind { get; private set; }
    public string Email { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public Language Language { get; private set; } = Language.English;
    public string TimeZoneId { get; private set; } = "UTC";
    public string? PasswordHash { get; private set; }
    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    // Contacts
    public Guid? OrganizationId { get; private set; }

    // Agents
    public SupportTeam? Team { get; private set; }
    public Site? Site { get; private set; }
    public Department? Department { get; private set; }
    public AgentRoles Roles { get; private set; }

    private Account() { }

    public static Account GrantContactAccess(Guid organizationId, PersonName person, DateTimeOffset now)
    {
        var account = new Account
        {
            Id = Guid.NewGuid(),
            Kind = AccountKind.Contact,
            OrganizationId = organizationId,
            CreatedAt = now,
            IsActive = true,
        };
        account.SetPerson(person);
        account.Raise(new ContactAccessGranted(account.Id, organizationId, WelcomeMailDue: true, now));
        return account;
    }

    /// <summary>An account that exists already (from a project phase, say) only has its rights updated: no welcome mail.</summary>
    public Result RegrantContactAccess(Guid organizationId, PersonName person, DateTimeOffset now)
    {
        if (Kind is not AccountKind.Contact)
            return new DomainError("account.not_a_contact", "This e-mail address belongs to an agent, not a contact.");
        OrganizationId = organizationId;
        SetPerson(person);
        IsActive = true;
        Version++;
        Raise(new ContactAccessGranted(Id, organizationId, WelcomeMailDue: false, now));
        return Result.Success;
    }

    public static Account CreateAgent(PersonName person, SupportTeam team, Site site, Department department, AgentRoles roles, DateTimeOffset now)
    {
        var account = new Account
        {
            Id = Guid.NewGuid(),
            Kind = AccountKind.Agent,
            Team = team,
            Site = site,
            Department = department,
            Roles = roles | AgentRoles.Agent,
            CreatedAt = now,
            IsActive = true,
        };
        account.SetPerson(person);
        return account;
    }

    public Result UpdateAgent(SupportTeam team, Site site, Department department, AgentRoles roles)
    {
        if (Kind is not AccountKind.Agent)
            return new DomainError("account.not_an_agent", "This account is not an agent.");
        (Team, Site, Department, Roles) = (team, site, department, roles | AgentRoles.Agent);
        Version++;
        return Result.Success;
    }

    public Result Deactivate(DateTimeOffset now)
    {
        if (!IsActive)
            return new DomainError("account.already_inactive", "The account is already deactivated.");
        IsActive = false;
        PasswordHash = null;
        Version++;
        if (Kind is AccountKind.Contact)
            Raise(new ContactAccessRevoked(Id, OrganizationId!.Value, now));
        return Result.Success;
    }

    public void UpdateProfile(string phone, Language language, string timeZoneId)
    {
        (Phone, Language, TimeZoneId) = (phone.Trim(), language, timeZoneId);
        Version++;
    }

    public void SetPasswordHash(string passwordHash)
    {
        PasswordHash = passwordHash;
        Version++;
    }

    public Actor ToActor() => Kind is AccountKind.Contact
        ? new Actor(ActorKind.Contact, Id, Name, OrganizationId)
        : new Actor(ActorKind.Agent, Id, Name, Team: Team, Department: Department, Roles: Roles);

    private void SetPerson(PersonName person)
    {
        Name = person.Name.Trim();
        Email = NormalizeEmail(person.Email);
        Phone = person.Phone.Trim();
        Language = person.Language;
        TimeZoneId = person.TimeZoneId;
    }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}

/// <summary>Who a person is, as given when access is granted.</summary>
public sealed record PersonName(string Name, string Email, string Phone, Language Language, string TimeZoneId);
