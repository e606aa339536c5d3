using ServiceDesk.Domain.Billing;

namespace ServiceDesk.Application.Abstractions;

public interface IBudgetRepository
{
    /// <summary>The organisation's budget with its top-ups, or null when it never had one.</summary>
    Task<Budget?> FindAsync(Guid organizationId, CancellationToken cancellationToken);
    void Add(Budget budget);
}

public interface IWorkLogRepository
{
    Task<WorkLog?> FindAsync(long ticketId, Guid id, CancellationToken cancellationToken);
    Task<bool> IsReversedAsync(Guid id, CancellationToken cancellationToken);
    /// <summary>A ticket's work logs in the order they were logged, after the given position (keyset).</summary>
    Task<IReadOnlyList<WorkLog>> ListAsync(long ticketId, DateTimeOffset? afterRecordedAt, Guid? afterId, int take, CancellationToken cancellationToken);
    void Add(WorkLog workLog);
}

/// <summary>Sums and selections over work logs and top-ups, straight from the database.</summary>
public interface IBillingQueries
{
    /// <summary>Top-ups less billable effort; with a cut-off only what was recorded before it and dated up to its day.</summary>
    Task<BudgetBalance> BalanceAsync(Guid organizationId, BalanceCutOff? cutOff, CancellationToken cancellationToken);

    /// <summary>
    /// The organisation's billable entries that a month running from <paramref name="start"/> to <paramref name="end"/> may bill:
    /// logged before its end, and logged within it or on a ticket closed since its start.
    /// </summary>
    Task<IReadOnlyList<TicketEffort>> StatementCandidatesAsync(Guid organizationId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken);
}

/// <summary>The budget as it stood at a moment: entries recorded before it, top-ups dated up to its day.</summary>
public sealed record BalanceCutOff(DateTimeOffset RecordedBefore, DateOnly DatedThrough);
