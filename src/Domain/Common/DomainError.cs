namespace ServiceDesk.Domain.Common;

/// <summary>What kind of refusal an error is; the API maps each kind to one status code.</summary>
public enum ErrorKind
{
    /// <summary>A workflow or business rule refused the change.</summary>
    Rule,
    /// <summary>The input itself is malformed.</summary>
    Invalid,
    NotFound,
    Forbidden,
    /// <summary>Someone else changed the thing first.</summary>
    Conflict,
    /// <summary>The caller is not known.</summary>
    Unauthenticated,
}

/// <summary>A refusal as a value: a stable code, a sentence for people, and the field it concerns when there is one.</summary>
public sealed record DomainError(string Code, string Message, ErrorKind Kind = ErrorKind.Rule, string? Field = null)
{
    public static DomainError NotFound(string what) => new($"{what}.not_found", $"The {what} was not found.", ErrorKind.NotFound);
    public static DomainError Invalid(string field, string message) => new("invalid_argument", message, ErrorKind.Invalid, field);
}
