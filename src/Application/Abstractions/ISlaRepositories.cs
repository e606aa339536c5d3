using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Abstractions;

public interface ISlaContractRepository
{
    /// <summary>Every version of the organisation's contract, oldest first.</summary>
    Task<IReadOnlyList<SlaContract>> HistoryAsync(Guid organizationId, CancellationToken cancellationToken);
    void Add(SlaContract contract);
}

public interface IHolidayCalendarRepository
{
    Task<HolidayCalendar?> FindAsync(string id, CancellationToken cancellationToken);
    /// <summary>Calendars ordered by id, after the given id (keyset).</summary>
    Task<IReadOnlyList<HolidayCalendar>> ListAsync(string? afterId, int take, CancellationToken cancellationToken);
    void Add(HolidayCalendar calendar);
}

/// <summary>Tickets with a timer due, claimed in batches so that several service instances can sweep at once.</summary>
public interface IDueTicketTimers
{
    /// <summary>How many tickets a batch takes when the caller does not say: what suits the database.</summary>
    int BatchSize { get; }

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> tickets whose next timer is due at <paramref name="now"/> and that no other
    /// sweeper holds, applies <paramref name="apply"/> to each, and saves the batch in one transaction. Returns how many were claimed.
    /// </summary>
    Task<int> ProcessBatchAsync(DateTimeOffset now, int batchSize, Func<Ticket, CancellationToken, Task> apply, CancellationToken cancellationToken);
}
