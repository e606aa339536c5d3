using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Billing;

/// <summary>
/// An organisation's extended support budget (SPEC section 10): hours topped up over time and an optional hourly rate
/// that turns billed hours into amounts. What is left is the top-ups less the effort logged (see <see cref="BudgetBalance"/>).
/// </summary>
public sealed class Budget : AggregateRoot
{
    private readonly List<BudgetTopUp> _topUps = [];

    public Guid OrganizationId { get; private set; }
    /// <summary>Minor units (cents) per hour; without it statements show hours only.</summary>
    public long? HourlyRateMinor { get; private set; }
    public string CurrencyCode { get; private set; } = DefaultCurrency;
    public int Version { get; private set; }
    public IReadOnlyList<BudgetTopUp> TopUps => _topUps;

    public const string DefaultCurrency = "EUR";

    private Budget() { }

    /// <summary>The budget of an organisation that never had one: no hours, no rate.</summary>
    public static Budget For(Guid organizationId) => new() { OrganizationId = organizationId };

    /// <param name="today">The current day in the organisation's time zone: hours are not added ahead of time.</param>
    public Result TopUp(Actor administrator, int minutes, DateOnly date, string reference, DateOnly today, DateTimeOffset now)
    {
        if (minutes <= 0) return DomainError.Invalid("minutes", "A top-up adds a positive number of minutes.");
        if (date > today) return BillingErrors.TopUpInTheFuture;
        _topUps.Add(new BudgetTopUp(OrganizationId, minutes, date, reference, administrator.Id, now));
        Version++;
        return Result.Success;
    }

    /// <summary>Applies to work logged from now on; logged work keeps the rate it was logged at, so statements stay reproducible.</summary>
    public void SetHourlyRate(long? hourlyRateMinor, string currencyCode)
    {
        (HourlyRateMinor, CurrencyCode) = (hourlyRateMinor, currencyCode.ToUpperInvariant());
        Version++;
    }
}
