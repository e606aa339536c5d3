namespace ServiceDesk.Domain.Tickets;

/// <summary>The structured parts of a good incident description; all optional.</summary>
public sealed record IncidentDetails(
    string? Url = null,
    string? StepsToReproduce = null,
    string? ObservedBehaviour = null,
    string? ExpectedBehaviour = null,
    string? Conditions = null,
    DateTimeOffset? OccurredAt = null,
    string? AffectedObjects = null)
{
    public static IncidentDetails None { get; } = new();
}
