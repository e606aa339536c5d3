using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Domain.Billing;

/// <summary>
/// Effort an agent spent on a ticket: minutes, the day, the agent's department and a note. Entries are never edited:
/// a correction is a reversal (the same effort with negative minutes), so a statement already sent stays reproducible.
/// </summary>
public sealed class WorkLog : AggregateRoot
{
    public Guid Id { get; private set; }
    public long TicketId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid AgentId { get; private set; }
    public string AgentName { get; private set; } = "";
    public Department Department { get; private set; }
    /// <summary>Negative on a reversal.</summary>
    public int Minutes { get; private set; }
    public DateOnly PerformedOn { get; private set; }
    public string Note { get; private set; } = "";
    /// <summary>Fixed when logged: effort on a Consulting Request is billed; on other types it is only recorded.</summary>
    public bool Billable { get; private set; }
    /// <summary>The budget's hourly rate when the effort was logged, in minor units.</summary>
    public long? HourlyRateMinor { get; private set; }
    public Guid? ReversalOfId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsReversal => ReversalOfId is not null;

    private WorkLog() { }

    /// <param name="today">The current day in the organisation's time zone: work is not logged ahead.</param>
    public static Result<WorkLog> Record(Ticket ticket, Actor agent, int minutes, DateOnly performedOn, string note,
        long? hourlyRateMinor, DateOnly today, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("log work");
        if (agent.Department is not { } department) return BillingErrors.DepartmentRequired;
        if (minutes <= 0) return DomainError.Invalid("minutes", "Log a positive number of minutes; corrections are reversals.");
        if (performedOn > today) return BillingErrors.PerformedInTheFuture;
        return new WorkLog
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            OrganizationId = ticket.OrganizationId,
            AgentId = agent.Id,
            AgentName = agent.Name,
            Department = department,
            Minutes = minutes,
            PerformedOn = performedOn,
            Note = note.Trim(),
            Billable = ticket.Type is TicketType.ConsultingRequest,
            HourlyRateMinor = hourlyRateMinor,
            RecordedAt = now,
        };
    }

    /// <summary>Cancels this entry with a new one: same ticket, department, day, billability and rate; opposite minutes.</summary>
    public Result<WorkLog> Reverse(Actor agent, string note, bool alreadyReversed, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("reverse logged work");
        if (IsReversal) return BillingErrors.ReversalIsFinal;
        if (alreadyReversed) return BillingErrors.AlreadyReversed;
        return new WorkLog
        {
            Id = Guid.NewGuid(),
            TicketId = TicketId,
            OrganizationId = OrganizationId,
            AgentId = agent.Id,
            AgentName = agent.Name,
            Department = Department,
            Minutes = -Minutes,
            PerformedOn = PerformedOn,
            Note = note.Trim(),
            Billable = Billable,
            HourlyRateMinor = HourlyRateMinor,
            ReversalOfId = Id,
            RecordedAt = now,
        };
    }
}
