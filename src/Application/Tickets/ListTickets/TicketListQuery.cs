using System.Linq.Expressions;
using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.ListTickets;

/// <summary>Which of a contact's tickets the overview shows.</summary>
public enum TicketScope
{
    Both = 0,
    Mine = 1,
    /// <summary>Tickets other members of my organisation shared with it.</summary>
    MyOrganization = 2,
}

public enum TicketOrder
{
    CreatedDescending = 0,
    CreatedAscending = 1,
    UpdatedDescending = 2,
    UpdatedAscending = 3,
    /// <summary>The SLA queue: the most urgent due time first; tickets without a running clock are left out.</summary>
    SlaDueAscending = 4,
}

/// <summary>Where the previous page ended: the last row's sort value and id.</summary>
public sealed record KeysetPosition(DateTimeOffset? SortValue, long Id);

public sealed record TicketListQuery
{
    public TicketScope Scope { get; init; }
    public IReadOnlyList<TicketStatus> Statuses { get; init; } = [];
    public IReadOnlyList<TicketType> Types { get; init; } = [];
    public IReadOnlyList<Priority> Priorities { get; init; } = [];
    public Guid? OrganizationId { get; init; }
    public Guid? ReporterId { get; init; }
    public Guid? AssigneeId { get; init; }
    public DateTimeOffset? CreatedFrom { get; init; }
    public DateTimeOffset? CreatedTo { get; init; }
    public DateTimeOffset? UpdatedFrom { get; init; }
    public DateTimeOffset? UpdatedTo { get; init; }
    public string? Keyword { get; init; }
    /// <summary>The agents' SLA queue: only tickets whose running clock is breached or breaches within this time.</summary>
    public TimeSpan? SlaDueWithin { get; init; }
    /// <summary>Set by the handler from <see cref="SlaDueWithin"/> and the time of the query; a due time at this moment counts.</summary>
    public DateTimeOffset? SlaDueBefore { get; init; }
    public TicketOrder Order { get; init; }
    public KeysetPosition? After { get; init; }
}

/// <summary>A row of the overview.</summary>
public sealed record TicketSummary(
    long Id,
    string Title,
    TicketType Type,
    TicketStatus Status,
    Priority? Priority,
    Guid OrganizationId,
    string ReporterName,
    string? AssigneeName,
    bool IsConfidential,
    ShareWith ShareWith,
    Channel Channel,
    string? FixVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    DateTimeOffset? SlaDueAt,
    SlaClock Reaction,
    SlaClock Restoration)
{
    /// <summary>The clocks read at the time of the query, filled in by the handler.</summary>
    public ServiceLevel? ServiceLevel { get; init; }
}

public static class TicketSummaries
{
    /// <summary>The one projection of a ticket to its row, for every query that lists tickets.</summary>
    public static readonly Expression<Func<Ticket, TicketSummary>> Projection = t => new TicketSummary(
        t.Id, t.Title, t.Type, t.Status, t.Priority, t.OrganizationId, t.ReporterName, t.AssigneeName,
        t.IsConfidential, t.ShareWith, t.Channel, t.FixVersion, t.CreatedAt, t.UpdatedAt, t.Version,
        t.SlaDueAt, t.Reaction, t.Restoration);
}
