using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Accounts;

/// <summary>A contact was given access; a welcome e-mail is due only for a new account.</summary>
public sealed record ContactAccessGranted(Guid AccountId, Guid OrganizationId, bool WelcomeMailDue, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ContactAccessRevoked(Guid AccountId, Guid OrganizationId, DateTimeOffset OccurredAt) : IDomainEvent;
