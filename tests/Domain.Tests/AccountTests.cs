using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Organizations;
using Xunit;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 1: access management (grant, re-grant, deactivate) and the organisation's profile.</summary>
public sealed class AccountTests
{
    private static readonly PersonName Carla = new("  Carla Contact ", " Carla.Contact@Example.ORG ", " +49 681 123 ", Language.German, "Europe/Berlin");

    private readonly TicketBuilder _desk = new();

    [Fact]
    public void Granting_access_creates_an_active_contact_and_a_welcome_mail_is_due()
    {
        var account = Account.GrantContactAccess(People.OrganizationId, Carla, _desk.Now);

        Assert.Equal((AccountKind.Contact, true, People.OrganizationId), (account.Kind, account.IsActive, account.OrganizationId));
        Assert.Equal(("Carla Contact", "carla.contact@example.org", "+49 681 123"), (account.Name, account.Email, account.Phone));
        var granted = Assert.IsType<ContactAccessGranted>(Assert.Single(account.DomainEvents));
        Assert.Equal(new ContactAccessGranted(account.Id, People.OrganizationId, WelcomeMailDue: true, _desk.Now), granted);
    }

    [Fact]
    public void Regranting_an_existing_account_updates_its_rights_without_a_welcome_mail()
    {
        var account = Account.GrantContactAccess(People.OrganizationId, Carla, _desk.Now);
        Assert.True(account.Deactivate(_desk.Tick()).IsSuccess);
        account.ClearDomainEvents();
        var otherOrganization = Guid.NewGuid();
        var now = _desk.Tick();

        Assert.True(account.RegrantContactAccess(otherOrganization, Carla with { Phone = "+49 681 456" }, now).IsSuccess);

        Assert.Equal((true, otherOrganization, "+49 681 456"), (account.IsActive, account.OrganizationId, account.Phone));
        Assert.Equal(new ContactAccessGranted(account.Id, otherOrganization, WelcomeMailDue: false, now), Assert.Single(account.DomainEvents));
    }

    [Fact]
    public void Agent_account_is_not_regranted_as_a_contact()
    {
        var agent = Account.CreateAgent(Carla, SupportTeam.Dach, Site.Saarbruecken, Department.Support, AgentRoles.None, _desk.Now);

        var result = agent.RegrantContactAccess(People.OrganizationId, Carla, _desk.Tick());

        Assert.Equal("account.not_a_contact", result.Error?.Code);
        Assert.Equal(AccountKind.Agent, agent.Kind);
    }

    [Fact]
    public void Deactivating_access_clears_the_password_and_revokes_the_contact()
    {
        var account = Account.GrantContactAccess(People.OrganizationId, Carla, _desk.Now);
        account.SetPasswordHash("hash");
        var now = _desk.Tick();

        Assert.True(account.Deactivate(now).IsSuccess);

        Assert.False(account.IsActive);
        Assert.Null(account.PasswordHash);
        Assert.Contains(new ContactAccessRevoked(account.Id, People.OrganizationId, now), account.DomainEvents);
    }

    [Fact]
    public void Access_is_deactivated_only_once()
    {
        var account = Account.GrantContactAccess(People.OrganizationId, Carla, _desk.Now);
        Assert.True(account.Deactivate(_desk.Tick()).IsSuccess);
        var events = account.DomainEvents.Count;

        var again = account.Deactivate(_desk.Tick());

        Assert.Equal("account.already_inactive", again.Error?.Code);
        Assert.Equal(events, account.DomainEvents.Count);
    }

    [Fact]
    public void Organisation_is_created_in_a_known_time_zone()
    {
        var created = Organization.Create(Profile("Europe/Vienna"), _desk.Now);

        Assert.True(created.IsSuccess);
        Assert.Equal(("Hochschule Saar", SupportTeam.Dach, "Europe/Vienna"), (created.Value.Name, created.Value.Region, created.Value.TimeZoneId));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("")]
    public void Organisation_in_an_unknown_time_zone_is_refused(string timeZone)
    {
        var created = Organization.Create(Profile(timeZone), _desk.Now);

        Assert.True(created.IsFailure);
        Assert.Equal("time_zone", created.Error!.Field);
    }

    private static OrganizationProfile Profile(string timeZone) =>
        new(" Hochschule Saar ", SupportTeam.Dach, timeZone, HostingMode.VendorHosted, HasStagingSystem: true, "sales@vendor.example", null);
}
