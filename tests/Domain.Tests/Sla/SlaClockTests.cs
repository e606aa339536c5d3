using Xunit;
using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Tickets;
using static ServiceDesk.Domain.Tests.Sla.Calendars;

namespace ServiceDesk.Domain.Tests.Sla;

public sealed class SlaClockTests
{
    /// <summary>Monday 2 March 2026, 08:00 UTC (09:00 in Berlin).</summary>
    private static readonly DateTimeOffset Monday = Utc(3, 2, 8);

    [Fact]
    public void The_reaction_clock_runs_from_receipt_until_an_agent_accepts()
    {
        var desk = new SlaDesk(Terms(), Monday);
        var ticket = desk.Receive();
        Assert.Equal((SlaClockState.Running, Monday), (ticket.Reaction.State, ticket.Reaction.StartedAt));
        Assert.Equal(SlaClockState.NotStarted, ticket.Restoration.State);

        desk.Wait(TimeSpan.FromMinutes(20));
        desk.AcceptAsDefect(ticket, Priority.Critical2);

        var level = desk.Read(ticket);
        Assert.Equal((SlaClockState.Stopped, TimeSpan.FromMinutes(20), TimeSpan.FromHours(1), false), (level.Reaction.State, level.Reaction.Elapsed, level.Reaction.Target, level.Reaction.Breached));
        Assert.Equal((SlaClockState.Running, desk.Now), (ticket.Restoration.State, ticket.Restoration.StartedAt));
        Assert.Equal(desk.Now + TimeSpan.FromHours(8), ticket.Restoration.DueAt);
    }

    [Fact]
    public void A_breach_is_recorded_in_the_activity_stream_and_raised_as_an_event_exactly_at_the_due_time()
    {
        var desk = new SlaDesk(Terms(), Monday);
        var ticket = desk.Receive();
        desk.AcceptAsDefect(ticket, Priority.Critical2);
        var due = ticket.Restoration.DueAt!.Value;
        Assert.Equal(due, ticket.NextTimerAt);

        desk.Clock.SetUtcNow(due - TimeSpan.FromMinutes(1));
        desk.Sweep(ticket);
        Assert.Null(ticket.Restoration.BreachedAt);

        desk.Clock.SetUtcNow(due);
        desk.Sweep(ticket);

        Assert.Equal(due, ticket.Restoration.BreachedAt);
        var entry = Expect.LastEntry(ticket);
        Assert.Equal((ActivityKind.SlaBreached, "Restoration", false), (entry.Kind, entry.To, entry.IsInternal));
        var breached = Assert.Single(ticket.DomainEvents.OfType<SlaClockBreached>());
        Assert.Equal((SlaClockKind.Restoration, Priority.Critical2, due), (breached.Clock, breached.Priority, breached.DueAt));
        // Breached once: the timer is spent, but the ticket stays in the queue by its due time.
        Assert.Null(ticket.NextTimerAt);
        Assert.Equal(due, ticket.SlaDueAt);
        desk.Wait(TimeSpan.FromHours(1));
        desk.Sweep(ticket);
        Assert.Single(ticket.DomainEvents.OfType<SlaClockBreached>());
    }

    [Fact]
    public void A_reaction_that_took_longer_than_the_target_is_breached_when_the_priority_becomes_known()
    {
        var desk = new SlaDesk(Terms(), Monday);
        var ticket = desk.Receive();
        desk.Wait(TimeSpan.FromMinutes(90));

        desk.AcceptAsDefect(ticket, Priority.Critical2);

        Assert.Equal(desk.Now, ticket.Reaction.BreachedAt);
        Assert.Equal(SlaClockKind.Reaction, Assert.Single(ticket.DomainEvents.OfType<SlaClockBreached>()).Clock);
    }

    [Fact]
    public void Clocks_pause_while_the_ticket_waits_for_the_customer_and_resume_on_the_answer()
    {
        var desk = new SlaDesk(Terms(), Monday);
        var ticket = desk.Receive();
        desk.AcceptAsDefect(ticket, Priority.Critical2);
        var accepted = desk.Now;
        desk.Wait(TimeSpan.FromHours(2));

        desk.Do(ticket, (t, now) => t.RequestClarification(People.Agent, "Which course?", now));
        Assert.Equal(SlaClockState.Paused, ticket.Restoration.State);
        Assert.Null(ticket.Restoration.DueAt);
        desk.Wait(TimeSpan.FromDays(3));
        Assert.True(desk.Read(ticket).Restoration.Paused);
        Assert.Equal(TimeSpan.FromHours(2), desk.Read(ticket).Restoration.Elapsed);

        desk.Do(ticket, (t, now) => t.Comment(People.Contact, "Course 7.", isInternal: false, now).IsSuccess ? Common.Result.Success : throw new InvalidOperationException());

        Assert.Equal(SlaClockState.Running, ticket.Restoration.State);
        Assert.Equal(accepted + TimeSpan.FromDays(3) + TimeSpan.FromHours(8), ticket.Restoration.DueAt);
        Assert.Equal(TimeSpan.FromHours(6), desk.Read(ticket).Restoration.Remaining);
    }

    [Fact]
    public void A_priority_change_mid_clock_recomputes_the_target_and_the_counting()
    {
        // Priority 3 counts service hours: 5 days from Monday 09:00 in Berlin is the next Monday 09:00.
        var desk = new SlaDesk(Terms(), Monday);
        var ticket = desk.Receive();
        desk.AcceptAsDefect(ticket, Priority.Major);
        var accepted = desk.Now;
        Assert.Equal(accepted + TimeSpan.FromDays(7), ticket.Restoration.DueAt);
        desk.Wait(TimeSpan.FromHours(2));

        desk.SetPriority(ticket, Priority.Critical2);

        Assert.Equal(TimeSpan.FromHours(8), ticket.Restoration.Target);
        Assert.Equal(accepted + TimeSpan.FromHours(8), ticket.Restoration.DueAt);
        Assert.Equal(accepted + TimeSpan.FromHours(8), ticket.NextTimerAt);
    }

    [Fact]
    public void A_contract_change_applies_to_clocks_that_start_afterwards()
    {
        var desk = new SlaDesk(Terms(), Monday);
        var ticket = desk.Receive();
        desk.Wait(TimeSpan.FromMinutes(30));
        var longer = Calendars.Defaults with { P2 = new SlaTarget(TimeSpan.FromMinutes(45), TimeSpan.FromHours(16)) };
        desk.Terms = Terms(Berlin(), SlaContract.Agree(People.OrganizationId, longer, null, SlaDesk.Administrator, desk.Now).Value);
        desk.Wait(TimeSpan.FromMinutes(20));

        desk.AcceptAsDefect(ticket, Priority.Critical2);

        // The reaction clock started under the defaults (1 hour), the restoration clock under the new contract.
        Assert.Equal((TimeSpan.FromHours(1), (DateTimeOffset?)null), (ticket.Reaction.Target, ticket.Reaction.BreachedAt));
        Assert.Equal(TimeSpan.FromHours(16), ticket.Restoration.Target);
    }

    [Fact]
    public void Priority_3_clocks_do_not_count_on_the_weekend()
    {
        var saturday = Utc(3, 7, 10);
        var desk = new SlaDesk(Terms(), saturday);
        var ticket = desk.Receive();
        desk.Wait(TimeSpan.FromDays(1));
        desk.AcceptAsDefect(ticket, Priority.Major);

        Assert.Equal(TimeSpan.Zero, desk.Read(ticket).Reaction.Elapsed);
        // Berlin's Monday begins on Sunday at 23:00 UTC.
        Assert.Equal(Utc(3, 8, 23) + TimeSpan.FromDays(5), ticket.Restoration.DueAt);
    }

    [Fact]
    public void Reclassifying_to_a_type_without_sla_stops_the_clocks()
    {
        var desk = new SlaDesk(Terms(), Monday);
        var ticket = desk.Receive();
        desk.AcceptAsDefect(ticket, Priority.Critical2);

        desk.Do(ticket, (t, now) => t.Reclassify(People.Agent, TicketType.SupportRequest, now));

        Assert.Equal((SlaClockState.Stopped, (TimeSpan?)null, (DateTimeOffset?)null), (ticket.Restoration.State, ticket.Restoration.Target, ticket.Restoration.DueAt));
        Assert.Null(ticket.SlaDueAt);
        Assert.Null(ticket.NextTimerAt);
    }

    [Fact]
    public void Delivery_pending_keeps_the_restoration_clock_running_and_resolved_stops_it()
    {
        var desk = new SlaDesk(Terms(), Monday);
        var ticket = desk.Receive();
        desk.AcceptAsDefect(ticket, Priority.Critical2);
        desk.Do(ticket, (t, now) => t.MarkReproduced(People.Agent, now));
        desk.Do(ticket, (t, now) => t.StartProgress(People.Agent, now));
        desk.Do(ticket, (t, now) => t.SetFixVersion(People.Agent, FixVersion.Parse("7.4.12").Value, now));
        Assert.Equal(SlaClockState.Running, ticket.Restoration.State);

        desk.Wait(TimeSpan.FromHours(3));
        desk.Do(ticket, (t, now) => t.MarkDelivered(People.Agent, now));

        Assert.Equal(SlaClockState.Stopped, ticket.Restoration.State);
        Assert.Equal(TimeSpan.FromHours(3), desk.Read(ticket).Restoration.Elapsed);
        desk.Wait(TimeSpan.FromHours(8));
        Assert.False(desk.Read(ticket).Restoration.Breached);
    }

    [Theory]
    [InlineData("2026-03-07T10:00:00Z", true, true)] // Saturday
    [InlineData("2026-04-06T10:00:00Z", true, true)] // Easter Monday, a holiday of the organisation
    [InlineData("2026-03-06T23:30:00Z", true, true)] // Friday in UTC, already Saturday in Berlin
    [InlineData("2026-03-09T10:00:00Z", true, false)] // Monday
    [InlineData("2026-03-07T10:00:00Z", false, false)] // Saturday, but the system is usable
    public void A_critical_incident_outside_service_hours_alarms_the_on_call_duty(string arrival, bool systemUnusable, bool alarmed)
    {
        var desk = new SlaDesk(Terms(Berlin("2026-04-06")), DateTimeOffset.Parse(arrival, System.Globalization.CultureInfo.InvariantCulture));

        var ticket = desk.Receive(systemUnusable: systemUnusable);

        Assert.Equal(alarmed ? 1 : 0, ticket.DomainEvents.OfType<OnCallAlarmRaised>().Count());
    }
}
