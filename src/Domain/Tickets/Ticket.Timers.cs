using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Domain.Tickets;

/// <summary>
/// The ticket's clocks and timers (SPEC sections 2, 5, 6): the SLA's reaction and restoration clocks, the reminders and
/// automatic close of a ticket waiting for the customer, and the automatic close of a resolved one. Every due time is a
/// property the database indexes; <see cref="NextTimerAt"/> is the earliest one the sweeper must act on.
/// </summary>
public sealed partial class Ticket
{
    public SlaClock Reaction { get; private set; } = SlaClock.NotStarted;
    public SlaClock Restoration { get; private set; } = SlaClock.NotStarted;
    /// <summary>The earlier due time of the running clocks, breached or not: the agents' SLA queue is ordered by it.</summary>
    public DateTimeOffset? SlaDueAt { get; private set; }
    public DateTimeOffset? ReminderDueAt { get; private set; }
    /// <summary>Reminders sent for the current (or last) question.</summary>
    public int RemindersSent { get; private set; }
    public DateTimeOffset? AutoCloseAt { get; private set; }
    /// <summary>The earliest moment something is due: a clock's breach, a reminder, an automatic close.</summary>
    public DateTimeOffset? NextTimerAt { get; private set; }

    /// <summary>
    /// Brings both SLA clocks up to <paramref name="now"/>, after any change and on every sweep. The first call receives
    /// the ticket: its reaction clock starts, and a critical incident outside service hours alarms the on-call duty.
    /// </summary>
    public void UpdateServiceLevel(SlaTerms terms, DateTimeOffset now)
    {
        if (Reaction.State is SlaClockState.NotStarted && Status is TicketStatus.Opened) Receive(terms.Calendar, now);
        var mode = CountingModes.For(Priority);
        Reaction = Update(Reaction, SlaClockKind.Reaction, ReactionDemand, terms, mode, now);
        Restoration = Update(Restoration, SlaClockKind.Restoration, RestorationDemand, terms, mode, now);
        SlaDueAt = Earliest(Reaction.DueAt, Restoration.DueAt);
        ScheduleNextTimer();
    }

    /// <summary>Both clocks as shown at <paramref name="now"/>.</summary>
    public ServiceLevel ReadServiceLevel(ServiceCalendar calendar, DateTimeOffset now) =>
        ServiceLevel.Read(Reaction, Restoration, Priority, calendar, now);

    /// <summary>The service's own round: what is due at <paramref name="now"/> happens through the verbs a person would use.</summary>
    public void RunDueTimers(SlaTerms terms, DateTimeOffset now)
    {
        // A close supersedes the reminders a late sweep would still find due.
        if (AutoCloseAt <= now) AutoClose(Actor.System, now);
        while (ReminderDueAt <= now && RemindCustomer(Actor.System, now).IsSuccess) { }
        UpdateServiceLevel(terms, now);
    }

    /// <summary>Closes a ticket whose customer did not answer: 50 days after resolution, 40 days after a question.</summary>
    public Result AutoClose(Actor actor, DateTimeOffset now)
    {
        if (actor.Kind is not ActorKind.System) return SlaErrors.SystemOnly;
        if (Status is not (TicketStatus.Resolved or TicketStatus.ClarificationRequired) || !(AutoCloseAt <= now)) return SlaErrors.NotDue;
        Close(Tickets.CloseReason.AutoClosed, actor, now);
        return Result.Success;
    }

    /// <summary>Reminds the customer of the open question: 10, 20 and 30 days after it was asked.</summary>
    public Result RemindCustomer(Actor actor, DateTimeOffset now)
    {
        if (actor.Kind is not ActorKind.System) return SlaErrors.SystemOnly;
        if (Status is not TicketStatus.ClarificationRequired || !(ReminderDueAt <= now)) return SlaErrors.NotDue;
        RemindersSent++;
        Record(ActivityKind.ReminderSent, actor, now, text: $"Reminder {RemindersSent} of {LifecycleTimers.Reminders}.");
        Raise(new CustomerReminderDue(Id, OrganizationId, ReporterId, RemindersSent, now));
        ReminderDueAt = RemindersSent < LifecycleTimers.Reminders ? ClarificationRequestedAt + LifecycleTimers.ReminderInterval * (RemindersSent + 1) : null;
        ScheduleNextTimer();
        return Result.Success;
    }

    private void Receive(ServiceCalendar calendar, DateTimeOffset now)
    {
        if (Type is TicketType.Incident && SystemUnusable && !calendar.IsServiceTime(CreatedAt))
            Raise(new OnCallAlarmRaised(Id, OrganizationId, Title, now));
    }

    private SlaClock Update(SlaClock clock, SlaClockKind kind, SlaClockDemand demand, SlaTerms terms, CountingMode mode, DateTimeOffset now)
    {
        var target = Type.IsDefect() && Priority is { } priority ? terms.TargetFor(kind, priority, clock.StartedAt ?? now) : (TimeSpan?)null;
        var updated = clock.Update(demand, target, mode, terms.Calendar, now);
        if (clock.BreachedAt is null && updated.BreachedAt is { } breachedAt)
        {
            Record(ActivityKind.SlaBreached, Actor.System, now, text: $"{kind} time exceeded.", to: kind.ToString());
            Raise(new SlaClockBreached(Id, OrganizationId, kind, Priority!.Value, breachedAt, now));
        }
        return updated;
    }

    /// <summary>Defects run the contract's clocks; intake types too, since they may turn out to be defects.</summary>
    private bool RunsSla => Type.IsDefect() || Type.IsIntake();

    private SlaClockDemand ReactionDemand =>
        RunsSla && AcceptedAt is null && Status is TicketStatus.Opened ? SlaClockDemand.Run : SlaClockDemand.Stop;

    // Delivery Pending keeps it running: a fix not yet delivered restores nothing (docs/adr/0010-sla-clocks.md).
    private SlaClockDemand RestorationDemand => (AcceptedAt, Status) switch
    {
        (null, _) => SlaClockDemand.Stop,
        _ when !RunsSla => SlaClockDemand.Stop,
        (_, TicketStatus.ClarificationRequired) => SlaClockDemand.Pause,
        (_, TicketStatus.Resolved or TicketStatus.Closed) => SlaClockDemand.Stop,
        _ => SlaClockDemand.Run,
    };

    /// <summary>The lifecycle timers of the status just entered (or of a customer's answer on a resolved ticket).</summary>
    private void ScheduleLifecycleTimers(DateTimeOffset now)
    {
        (ReminderDueAt, AutoCloseAt) = (null, null);
        if (Status is TicketStatus.Resolved)
            AutoCloseAt = now + LifecycleTimers.AutoCloseAfterResolution;
        if (Status is TicketStatus.ClarificationRequired && ClarificationRequestedAt is { } asked)
        {
            RemindersSent = 0;
            ReminderDueAt = asked + LifecycleTimers.ReminderInterval;
            AutoCloseAt = asked + LifecycleTimers.AutoCloseAfterQuestion;
        }
        ScheduleNextTimer();
    }

    private void ScheduleNextTimer() =>
        NextTimerAt = Earliest(Earliest(ReminderDueAt, AutoCloseAt), Earliest(Reaction.PendingDueAt, Restoration.PendingDueAt));

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}

/// <summary>The waiting times of SPEC section 5.</summary>
public static class LifecycleTimers
{
    public static readonly TimeSpan AutoCloseAfterResolution = TimeSpan.FromDays(50);
    public static readonly TimeSpan ReminderInterval = TimeSpan.FromDays(10);
    public const int Reminders = 3;
    public static readonly TimeSpan AutoCloseAfterQuestion = TimeSpan.FromDays(40);
}
