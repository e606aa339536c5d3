namespace ServiceDesk.Domain.Billing;

/// <summary>A billable entry with the facts of its ticket that billing needs.</summary>
public sealed record TicketEffort(WorkLog Entry, string TicketTitle, DateTimeOffset? TicketClosedAt);

/// <summary>Effort billed for one ticket by one department in the month.</summary>
public sealed record StatementLine(long TicketId, string TicketTitle, Accounts.Department Department, long Minutes, long AmountMinor);

/// <summary>What an organisation is billed for one month: a line per ticket and department, the totals, and the budget left at the month's end.</summary>
public sealed record MonthlyStatement(
    Guid OrganizationId,
    BillingMonth Month,
    string CurrencyCode,
    IReadOnlyList<StatementLine> Lines,
    BudgetBalance BalanceAtMonthEnd)
{
    public long TotalMinutes => Lines.Sum(l => l.Minutes);
    public long TotalAmountMinor => Lines.Sum(l => l.AmountMinor);

    /// <summary>Bills, out of the candidates, the entries <see cref="BillingRules"/> puts into <paramref name="month"/>.</summary>
    public static MonthlyStatement Compose(Guid organizationId, BillingMonth month, TimeZoneInfo zone, string currencyCode,
        IEnumerable<TicketEffort> candidates, BudgetBalance balanceAtMonthEnd)
    {
        var lines = candidates
            .Where(c => BillingRules.MonthBilled(c.Entry, c.TicketClosedAt, zone) == month)
            .GroupBy(c => (c.Entry.TicketId, c.Entry.Department))
            .Select(g => new StatementLine(g.Key.TicketId, g.First().TicketTitle, g.Key.Department,
                g.Sum(c => (long)c.Entry.Minutes), AmountMinor(g.Select(c => c.Entry))))
            .Where(l => l.Minutes != 0 || l.AmountMinor != 0)
            .OrderBy(l => l.TicketId).ThenBy(l => l.Department)
            .ToList();
        return new MonthlyStatement(organizationId, month, currencyCode, lines, balanceAtMonthEnd);
    }

    /// <summary>Minutes times each entry's hourly rate, rounded once per line (half away from zero).</summary>
    private static long AmountMinor(IEnumerable<WorkLog> entries)
    {
        var minuteCents = entries.Sum(e => (decimal)e.Minutes * (e.HourlyRateMinor ?? 0));
        return (long)Math.Round(minuteCents / 60m, MidpointRounding.AwayFromZero);
    }
}
