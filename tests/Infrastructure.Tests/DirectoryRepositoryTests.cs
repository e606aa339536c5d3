using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>Organisations, accounts and partner systems: the lists page by key and unique keys stay unique.</summary>
public sealed class DirectoryRepositoryTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Organisations_page_by_name_then_id(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var names = new[] { "Zeta AG", "Alpha GmbH", "Alpha GmbH", "Beta Ltd", "Alpha GmbH" };
        await using (var scope = database.NewScope())
        {
            foreach (var name in names)
                scope.Get<IOrganizationRepository>().Add(Organization.Create(
                    new OrganizationProfile(name, SupportTeam.Dach, "Europe/Berlin", HostingMode.VendorHosted, true, null, null), database.Clock.GetUtcNow()).Value);
            await scope.Get<IUnitOfWork>().SaveChangesAsync(Cancellation);
        }

        var seen = new List<Organization>();
        await using (var scope = database.NewScope())
        {
            for (Organization? last = null; seen.Count < names.Length; )
            {
                var page = await scope.Get<IOrganizationRepository>().ListAsync(last?.Name, last?.Id, 2, Cancellation);
                Assert.NotEmpty(page);
                seen.AddRange(page);
                last = page[^1];
            }
            Assert.Empty(await scope.Get<IOrganizationRepository>().ListAsync(seen[^1].Name, seen[^1].Id, 2, Cancellation));
        }

        Assert.Equal(names.Order(StringComparer.Ordinal), seen.Select(o => o.Name));
        Assert.Equal(names.Length, seen.Select(o => o.Id).Distinct().Count());
    }

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Accounts_are_found_by_email_listed_by_email_and_an_email_is_taken_once(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var organization = Guid.NewGuid();
        var now = database.Clock.GetUtcNow();
        Account Contact(string email) => Account.GrantContactAccess(organization, new PersonName("Someone", email, "", Language.German, "Europe/Berlin"), now);
        await using (var scope = database.NewScope())
        {
            foreach (var email in new[] { "carl@alpha.test", "anna@alpha.test", "bert@alpha.test" })
                scope.Get<IAccountRepository>().Add(Contact(email));
            scope.Get<IAccountRepository>().Add(Account.CreateAgent(new PersonName("Admin", "admin@vendor.test", "", Language.English, "UTC"),
                SupportTeam.Dach, Site.Graz, Department.Support, AgentRoles.Administrator, now));
            await scope.Get<IUnitOfWork>().SaveChangesAsync(Cancellation);
        }

        await using (var scope = database.NewScope())
        {
            var accounts = scope.Get<IAccountRepository>();
            Assert.NotNull(await accounts.FindByEmailAsync("anna@alpha.test", Cancellation));
            Assert.True(await accounts.AnyAdministratorAsync(Cancellation));
            var page = await accounts.ListAsync(AccountKind.Contact, organization, "anna@alpha.test", 10, Cancellation);
            Assert.Equal(["bert@alpha.test", "carl@alpha.test"], page.Select(a => a.Email));

            accounts.Add(Contact("Anna@Alpha.test"));
            await Assert.ThrowsAsync<DuplicateRequestException>(() => scope.Get<IUnitOfWork>().SaveChangesAsync(Cancellation));
        }
    }

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task A_partner_system_is_found_by_its_key_prefix(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var organization = Guid.NewGuid();
        var key = new Identity.ApiKeys().Issue();
        await using (var scope = database.NewScope())
        {
            scope.Get<IPartnerSystemRepository>().Add(PartnerSystem.Register("Alpha LMS", organization, key.Prefix, key.Hash, database.Clock.GetUtcNow()));
            await scope.Get<IUnitOfWork>().SaveChangesAsync(Cancellation);
        }

        await using (var scope = database.NewScope())
        {
            var partner = await scope.Get<IPartnerSystemRepository>().FindByKeyPrefixAsync(key.Prefix, Cancellation);
            Assert.Equal(key.Hash, partner?.KeyHash);
            Assert.Equal([partner!.Id], (await scope.Get<IPartnerSystemRepository>().ListAsync(organization, Cancellation)).Select(p => p.Id));
        }
    }
}
