using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Application.Abstractions;

/// <summary>Slow, salted password hashing.</summary>
public interface IPasswordHasher
{
    string Hash(string password);
    bool Verify(string hash, string password);
}

/// <summary>Issues partner API keys: the key is shown once; only its prefix and hash are kept.</summary>
public interface IApiKeys
{
    IssuedApiKey Issue();
    /// <summary>The prefix stored to find a key, or null when the text is no key of ours.</summary>
    string? PrefixOf(string apiKey);
    bool Verify(string hash, string apiKey);
}

public sealed record IssuedApiKey(string Key, string Prefix, string Hash);

/// <summary>Issues the service's own short-lived access tokens.</summary>
public interface ITokenIssuer
{
    AccessToken Issue(Account account);
}

public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>Random one-time passwords for new accounts.</summary>
public interface IPasswordGenerator
{
    string Generate();
}
