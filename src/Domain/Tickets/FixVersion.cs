using System.Text.RegularExpressions;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Tickets;

/// <summary>"Delivered with version": a patch version such as 7.4.12, or CUSTOM for the customer's next delivery.</summary>
public sealed partial record FixVersion
{
    public const string CustomValue = "CUSTOM";

    public string Value { get; }
    public bool IsCustom => Value == CustomValue;

    private FixVersion(string value) => Value = value;

    public static FixVersion Custom { get; } = new(CustomValue);

    public static Result<FixVersion> Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (string.Equals(value, CustomValue, StringComparison.OrdinalIgnoreCase)) return Custom;
        if (PatchVersion().IsMatch(value)) return new FixVersion(value);
        return DomainError.Invalid("fix_version", "A fix version is a patch version such as 7.4.12 (optionally -hotfix.1) or CUSTOM.");
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^\d{1,4}(\.\d{1,4}){1,3}(-[A-Za-z0-9.]{1,20})?$")]
    private static partial Regex PatchVersion();
}
