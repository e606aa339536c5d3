using Google.Rpc;
using Grpc.Core;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;
using Channel = ServiceDesk.Contracts.Tickets.V1.Channel;

namespace ServiceDesk.Api.Tests;

/// <summary>Sign-in, the own profile, and access management (SPEC section 1).</summary>
public abstract class AccountTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Wrong_password_and_unknown_email_are_refused_alike()
    {
        var wrongPassword = await W.App.SignInAsync(ServiceDeskApp.AdminEmail, W.App.AdminPassword + "x").RefusedAsync(StatusCode.Unauthenticated);
        var unknownEmail = await W.App.SignInAsync($"nobody-{Guid.NewGuid():N}@example.test", W.App.AdminPassword).RefusedAsync(StatusCode.Unauthenticated);

        Assert.Equal(wrongPassword.Status.Detail, unknownEmail.Status.Detail);
        Assert.Equal(wrongPassword.Detail<ErrorInfo>().Reason, unknownEmail.Detail<ErrorInfo>().Reason);
        var signedIn = await W.App.SignInAsync(ServiceDeskApp.AdminEmail, W.App.AdminPassword);
        Assert.Equal(W.Admin.Name, signedIn.Name);
    }

    [Fact]
    public async Task Profile_shows_the_signed_in_person_and_takes_language_and_time_zone()
    {
        var (contact, email, _) = await NewContactAsync();
        var profile = await contact.Accounts.GetMyProfileAsync(new GetMyProfileRequest(), cancellationToken: Cancel);
        Assert.Equal(contact.Name, profile.Name);
        Assert.Equal(email, profile.Email);
        Assert.Equal(AccountKind.Contact, profile.Kind);
        Assert.Equal(W.Alpha.Name, profile.Organization);
        Assert.Equal(Language.German, profile.Language);
        Assert.Equal("Europe/Berlin", profile.TimeZone);

        var updated = await contact.Accounts.UpdateMyProfileAsync(new UpdateMyProfileRequest { Phone = "+43 316 000000", Language = Language.English, TimeZone = "Asia/Singapore" }, cancellationToken: Cancel);
        Assert.Equal(Language.English, updated.Language);
        Assert.Equal("Asia/Singapore", updated.TimeZone);
        profile = await contact.Accounts.GetMyProfileAsync(new GetMyProfileRequest(), cancellationToken: Cancel);
        Assert.Equal(Language.English, profile.Language);
        Assert.Equal("Asia/Singapore", profile.TimeZone);
        Assert.Equal("+43 316 000000", profile.Phone);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("")]
    public async Task Unknown_time_zone_in_the_profile_is_invalid_and_changes_nothing(string timeZone)
    {
        var (contact, _, _) = await NewContactAsync();
        var refused = await contact.Accounts.UpdateMyProfileAsync(new UpdateMyProfileRequest { Phone = "+43 316 000000", Language = Language.English, TimeZone = timeZone }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument);
        refused.FieldViolation("time_zone");

        var profile = await contact.Accounts.GetMyProfileAsync(new GetMyProfileRequest(), cancellationToken: Cancel);
        Assert.Equal("Europe/Berlin", profile.TimeZone);
        Assert.Equal(Language.German, profile.Language);
    }

    [Fact]
    public async Task Changed_password_signs_in_and_the_old_one_no_longer_does()
    {
        var (contact, email, initialPassword) = await NewContactAsync();
        var newPassword = "New-" + Guid.NewGuid().ToString("N");

        await contact.Accounts.ChangeMyPasswordAsync(new ChangeMyPasswordRequest { CurrentPassword = "wrong-" + initialPassword, NewPassword = newPassword }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument);
        await W.App.SignInAsync(email, newPassword).RefusedAsync(StatusCode.Unauthenticated);

        await contact.Accounts.ChangeMyPasswordAsync(new ChangeMyPasswordRequest { CurrentPassword = initialPassword, NewPassword = newPassword }, cancellationToken: Cancel);

        var signedIn = await W.App.SignInAsync(email, newPassword);
        Assert.Equal(contact.Name, signedIn.Name);
        await W.App.SignInAsync(email, initialPassword).RefusedAsync(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task Granting_access_to_an_existing_account_updates_it_without_a_welcome_mail()
    {
        var email = $"project-{Guid.NewGuid():N}@alpha.example.test";
        var first = await Grant(W.Alpha, email);
        Assert.True(first.WelcomeMailSent);
        Assert.NotEmpty(first.InitialPassword);

        var person = World.Person(email);
        person.DisplayName = "Renamed in the project phase";
        var again = await W.DachAgent.Accounts.GrantContactAccessAsync(new GrantContactAccessRequest { Organization = W.Alpha.Name, Person = person }, cancellationToken: Cancel);
        Assert.False(again.WelcomeMailSent);
        Assert.Empty(again.InitialPassword);
        Assert.Equal(first.Account.Name, again.Account.Name);
        Assert.Equal("Renamed in the project phase", again.Account.DisplayName);

        // The first password still works: nothing was reset.
        var signedIn = await W.App.SignInAsync(email, first.InitialPassword);
        Assert.Equal(first.Account.Name, signedIn.Name);
    }

    [Fact]
    public async Task Replacing_a_contact_deactivates_the_old_access_and_grants_the_successor()
    {
        var (leaver, leaverEmail, leaverPassword) = await NewContactAsync();
        var ticket = await W.IncidentAsync(W.AlphaColleague, $"Shared before the change {Guid.NewGuid():N}");
        await leaver.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);

        var successorEmail = $"successor-{Guid.NewGuid():N}@alpha.example.test";
        var replaced = await W.DachAgent.Accounts.ReplaceContactAsync(new ReplaceContactRequest { Name = leaver.Name, Successor = World.Person(successorEmail) }, cancellationToken: Cancel);
        Assert.True(replaced.WelcomeMailSent);
        Assert.NotEmpty(replaced.InitialPassword);
        Assert.Equal(W.Alpha.Name, replaced.Account.Organization);
        Assert.True(replaced.Account.Active);
        Assert.NotEqual(leaver.Name, replaced.Account.Name);

        await leaver.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);
        await W.App.SignInAsync(leaverEmail, leaverPassword).RefusedAsync(StatusCode.Unauthenticated);

        var successor = await W.App.SignInAsync(successorEmail, replaced.InitialPassword);
        var seen = await successor.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(ticket.Name, seen.Name);
    }

    [Fact]
    public async Task Contact_cannot_replace_a_colleague()
    {
        var (colleague, _, _) = await NewContactAsync();
        var successorEmail = $"usurper-{Guid.NewGuid():N}@alpha.example.test";
        await W.AlphaContact.Accounts.ReplaceContactAsync(new ReplaceContactRequest { Name = colleague.Name, Successor = World.Person(successorEmail) }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);

        await colleague.Accounts.GetMyProfileAsync(new GetMyProfileRequest(), cancellationToken: Cancel);
        await W.App.SignInAsync(successorEmail, "anything-at-all-123").RefusedAsync(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task Registered_partner_systems_key_works_until_the_partner_system_is_deactivated()
    {
        var registered = await W.Admin.Accounts.RegisterPartnerSystemAsync(new RegisterPartnerSystemRequest { Organization = W.Beta.Name, DisplayName = "Beta portal " + Guid.NewGuid().ToString("N") }, cancellationToken: Cancel);
        Assert.NotEmpty(registered.ApiKey);
        Assert.True(registered.PartnerSystem.Active);
        var partner = W.App.Partner(registered.PartnerSystem, registered.ApiKey);

        var ticket = await W.IncidentAsync(partner, $"Portal cannot book courses {Guid.NewGuid():N}");
        Assert.Equal(Channel.Api, ticket.Channel);
        Assert.Equal(W.Beta.Name, ticket.Organization);
        Assert.Equal(registered.PartnerSystem.Name, ticket.Reporter);

        var deactivated = await W.Admin.Accounts.DeactivatePartnerSystemAsync(new DeactivatePartnerSystemRequest { Name = registered.PartnerSystem.Name }, cancellationToken: Cancel);
        Assert.False(deactivated.Active);
        await partner.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.Unauthenticated);
        await partner.Tickets.CreateIncidentAsync(new CreateIncidentRequest { Ticket = new NewTicketFields { Title = "After deactivation", Description = "Still there?" } }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.Unauthenticated);

        // Other partner systems are unaffected.
        await W.AlphaPartner.Tickets.ListTicketsAsync(new ListTicketsRequest { PageSize = 1 }, cancellationToken: Cancel);
    }

    [Fact]
    public async Task Only_administrators_register_and_deactivate_partner_systems()
    {
        await W.DachAgent.Accounts.RegisterPartnerSystemAsync(new RegisterPartnerSystemRequest { Organization = W.Alpha.Name, DisplayName = "Rogue LMS" }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);

        var registered = await W.Admin.Accounts.RegisterPartnerSystemAsync(new RegisterPartnerSystemRequest { Organization = W.Alpha.Name, DisplayName = "Alpha intranet " + Guid.NewGuid().ToString("N") }, cancellationToken: Cancel);
        var partner = W.App.Partner(registered.PartnerSystem, registered.ApiKey);
        foreach (var notAdministrator in new[] { W.DachAgent, W.AlphaContact, partner })
            await notAdministrator.Accounts.DeactivatePartnerSystemAsync(new DeactivatePartnerSystemRequest { Name = registered.PartnerSystem.Name }, cancellationToken: Cancel)
                .RefusedAsync(StatusCode.PermissionDenied);
        await partner.Tickets.ListTicketsAsync(new ListTicketsRequest { PageSize = 1 }, cancellationToken: Cancel);
    }

    private async Task<GrantAccessResponse> Grant(Organization organization, string email) =>
        await W.DachAgent.Accounts.GrantContactAccessAsync(new GrantContactAccessRequest { Organization = organization.Name, Person = World.Person(email) }, cancellationToken: Cancel);

    /// <summary>A fresh contact of Alpha, signed in, with the password it signed in with.</summary>
    private async Task<(Caller Contact, string Email, string Password)> NewContactAsync()
    {
        var email = $"contact-{Guid.NewGuid():N}@alpha.example.test";
        var granted = await Grant(W.Alpha, email);
        return (await W.App.SignInAsync(email, granted.InitialPassword), email, granted.InitialPassword);
    }
}

public sealed class AccountOnSqlite(SqliteWorld fixture) : AccountTests(fixture), IClassFixture<SqliteWorld>;

public sealed class AccountOnPostgres(PostgresWorld fixture) : AccountTests(fixture), IClassFixture<PostgresWorld>;

public sealed class AccountOnSqlServer(SqlServerWorld fixture) : AccountTests(fixture), IClassFixture<SqlServerWorld>;
