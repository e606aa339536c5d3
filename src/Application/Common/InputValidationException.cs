namespace ServiceDesk.Application.Common;

/// <summary>A field that failed a shape check.</summary>
public sealed record FieldViolation(string Field, string Description);

/// <summary>The request's shape is wrong; nothing was changed. The host answers INVALID_ARGUMENT with every violation.</summary>
public sealed class InputValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception("Invalid request: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    public InputValidationException(string field, string description) : this([new FieldViolation(field, description)]) { }
}
