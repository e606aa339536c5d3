namespace ServiceDesk.Domain.Billing;

/// <summary>An organisation's extended support budget at one moment: hours topped up, less billable effort logged (billed or not).</summary>
public readonly record struct BudgetBalance(long TopUpMinutes, long UsedMinutes)
{
    public long RemainingMinutes => TopUpMinutes - UsedMinutes;

    /// <summary>A consulting request may go to a department only while some budget is left.</summary>
    public bool HasHoursLeft => RemainingMinutes > 0;
}
