using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts;

/// <summary>Turns a verified token's account id or a partner's API key into the actor of a request.</summary>
public sealed class CallerAuthenticator(IAccountRepository accounts, IPartnerSystemRepository partners, IApiKeys apiKeys)
{
    /// <summary>The account's actor while it is active; a deactivated account loses access at once, token or not.</summary>
    public async Task<Actor?> FromAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(accountId, cancellationToken);
        return account is { IsActive: true } ? account.ToActor() : null;
    }

    public async Task<Actor?> FromApiKeyAsync(string apiKey, CancellationToken cancellationToken)
    {
        if (apiKeys.PrefixOf(apiKey) is not { } prefix) return null;
        var partner = await partners.FindByKeyPrefixAsync(prefix, cancellationToken);
        return partner is { IsActive: true } && apiKeys.Verify(partner.KeyHash, apiKey) ? partner.ToActor() : null;
    }
}
