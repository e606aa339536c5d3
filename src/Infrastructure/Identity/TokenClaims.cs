namespace ServiceDesk.Infrastructure.Identity;

/// <summary>The claims of an access token, shared by the issuer and the host that reads them.</summary>
public static class TokenClaims
{
    public const string Subject = "sub";
    /// <summary>When the token expires, in seconds since 1970 (UTC).</summary>
    public const string Expires = "exp";
    public const string Name = "name";
    public const string Email = "email";
    /// <summary><see cref="Contact"/> or <see cref="Agent"/>.</summary>
    public const string Kind = "kind";
    /// <summary>The contact's organisation id.</summary>
    public const string Organization = "org";
    public const string Team = "team";
    public const string Department = "dept";
    /// <summary>An array of <c>AgentRoles</c> names.</summary>
    public const string Roles = "roles";

    public const string Contact = "contact";
    public const string Agent = "agent";
}
