using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Infrastructure.Identity;

namespace ServiceDesk.Infrastructure.Tests;

public sealed class TokenIssuerTests : IDisposable
{
    private readonly DirectoryInfo _dataFolder = Directory.CreateTempSubdirectory("servicedesk-tokens-");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly IConfiguration _noSettings = new ConfigurationBuilder().Build();

    [Fact]
    public async Task An_agent_token_carries_who_they_are_and_lives_an_hour()
    {
        var signing = TokenSigning.Load(_noSettings, new DataFolder(_dataFolder.FullName));
        var agent = Account.CreateAgent(new PersonName("Alex Agent", "Alex@Vendor.example", "", Language.English, "Europe/Berlin"),
            SupportTeam.Dach, Site.Graz, Department.Support, AgentRoles.Administrator, _clock.GetUtcNow());

        var token = new JwtTokenIssuer(signing, _clock, _noSettings).Issue(agent);

        Assert.Equal(_clock.GetUtcNow().AddHours(1), token.ExpiresAt);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token.Token, new TokenValidationParameters
        {
            IssuerSigningKey = signing.Key,
            ValidIssuer = signing.Issuer,
            ValidAudience = signing.Audience,
            ValidateLifetime = false,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var jwt = (JsonWebToken)validation.SecurityToken;
        Assert.Equal(agent.Id.ToString(), jwt.Subject);
        Assert.Equal("alex@vendor.example", jwt.GetClaim(TokenClaims.Email).Value);
        Assert.Equal(TokenClaims.Agent, jwt.GetClaim(TokenClaims.Kind).Value);
        Assert.Equal(["Agent", "Administrator"], jwt.Claims.Where(c => c.Type == TokenClaims.Roles).Select(c => c.Value));
        Assert.False(jwt.TryGetClaim(TokenClaims.Organization, out _));
    }

    [Fact]
    public void A_generated_signing_key_is_kept_in_the_data_folder()
    {
        var first = TokenSigning.Load(_noSettings, new DataFolder(_dataFolder.FullName));
        var second = TokenSigning.Load(_noSettings, new DataFolder(_dataFolder.FullName));

        Assert.True(File.Exists(Path.Combine(_dataFolder.FullName, "signing.key")));
        Assert.Equal(((SymmetricSecurityKey)first.Key).Key, ((SymmetricSecurityKey)second.Key).Key);
    }

    public void Dispose() => _dataFolder.Delete(recursive: true);
}
