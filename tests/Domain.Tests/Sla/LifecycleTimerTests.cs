using Xunit;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using static ServiceDesk.Domain.Tests.Sla.Calendars;

namespace ServiceDesk.Domain.Tests.Sla;

public sealed class LifecycleTimerTests
{
    private readonly TicketBuilder _builder = new();

    private void SweepAt(Ticket ticket, DateTimeOffset now) => ticket.RunDueTimers(Terms(), now);

    [Fact]
    public void A_resolved_ticket_closes_automatically_50_days_after_it_was_resolved()
    {
        var ticket = _builder.Walk(TicketType.SupportRequest, TicketStatus.Resolved);
        var resolved = ticket.ResolvedAt!.Value;
        Assert.Equal(resolved + TimeSpan.FromDays(50), ticket.NextTimerAt);

        SweepAt(ticket, resolved + TimeSpan.FromDays(50) - TimeSpan.FromMinutes(1));
        Assert.Equal(TicketStatus.Resolved, ticket.Status);

        SweepAt(ticket, resolved + TimeSpan.FromDays(50));
        Assert.Equal((TicketStatus.Closed, CloseReason.AutoClosed), (ticket.Status, ticket.CloseReason));
        Assert.Equal(ActorKind.System, Expect.LastEntry(ticket).ActorKind);
        Assert.Null(ticket.NextTimerAt);
    }

    [Fact]
    public void A_customer_comment_on_a_resolved_ticket_restarts_the_50_days()
    {
        var ticket = _builder.Walk(TicketType.SupportRequest, TicketStatus.Resolved);
        var commented = ticket.ResolvedAt!.Value + TimeSpan.FromDays(20);
        Assert.True(ticket.Comment(People.Contact, "Let me check with my colleagues.", isInternal: false, commented).IsSuccess);

        SweepAt(ticket, ticket.ResolvedAt.Value + TimeSpan.FromDays(50));
        Assert.Equal(TicketStatus.Resolved, ticket.Status);
        SweepAt(ticket, commented + TimeSpan.FromDays(50));
        Assert.Equal(TicketStatus.Closed, ticket.Status);
    }

    [Fact]
    public void A_reopened_ticket_does_not_close_by_itself()
    {
        var ticket = _builder.Walk(TicketType.SupportRequest, TicketStatus.Resolved);
        Expect.Success(ticket.Reopen(People.Contact, "Still broken.", _builder.Tick()));

        Assert.Null(ticket.AutoCloseAt);
        Assert.Null(ticket.NextTimerAt);
    }

    [Fact]
    public void A_question_reminds_the_customer_at_10_20_and_30_days_and_closes_at_40()
    {
        var ticket = _builder.Walk(TicketType.SupportRequest, TicketStatus.ClarificationRequired);
        var asked = ticket.ClarificationRequestedAt!.Value;

        for (var reminder = 1; reminder <= 3; reminder++)
        {
            var due = asked + TimeSpan.FromDays(10 * reminder);
            Assert.Equal(due, ticket.NextTimerAt);
            SweepAt(ticket, due - TimeSpan.FromMinutes(1));
            Assert.Equal(reminder - 1, ticket.RemindersSent);
            SweepAt(ticket, due);
            Assert.Equal(reminder, ticket.RemindersSent);
            Assert.Equal(ActivityKind.ReminderSent, Expect.LastEntry(ticket).Kind);
        }
        Assert.Equal([1, 2, 3], ticket.DomainEvents.OfType<Domain.Sla.CustomerReminderDue>().Select(e => e.Reminder));

        SweepAt(ticket, asked + TimeSpan.FromDays(40) - TimeSpan.FromMinutes(1));
        Assert.Equal(TicketStatus.ClarificationRequired, ticket.Status);
        SweepAt(ticket, asked + TimeSpan.FromDays(40));
        Assert.Equal((TicketStatus.Closed, CloseReason.AutoClosed, 3), (ticket.Status, ticket.CloseReason, ticket.RemindersSent));
    }

    [Fact]
    public void A_customer_comment_resets_the_on_hold_timer_and_returns_the_ticket_to_review()
    {
        var ticket = _builder.Walk(TicketType.SupportRequest, TicketStatus.ClarificationRequired);
        var asked = ticket.ClarificationRequestedAt!.Value;
        SweepAt(ticket, asked + TimeSpan.FromDays(10));

        Assert.True(ticket.Comment(People.Contact, "Here is the log.", isInternal: false, asked + TimeSpan.FromDays(15)).IsSuccess);
        Assert.Equal(TicketStatus.InReview, ticket.Status);
        Assert.Equal(((DateTimeOffset?)null, (DateTimeOffset?)null, (DateTimeOffset?)null), (ticket.ReminderDueAt, ticket.AutoCloseAt, ticket.NextTimerAt));

        var askedAgain = asked + TimeSpan.FromDays(16);
        Expect.Success(ticket.RequestClarification(People.Agent, "And the screenshot?", askedAgain));
        Assert.Equal((askedAgain + TimeSpan.FromDays(10), 0), (ticket.ReminderDueAt, ticket.RemindersSent));
        SweepAt(ticket, asked + TimeSpan.FromDays(40));
        Assert.Equal(TicketStatus.ClarificationRequired, ticket.Status);
    }

    [Fact]
    public void A_late_sweep_closes_without_sending_the_reminders_it_missed()
    {
        var ticket = _builder.Walk(TicketType.SupportRequest, TicketStatus.ClarificationRequired);

        SweepAt(ticket, ticket.ClarificationRequestedAt!.Value + TimeSpan.FromDays(45));

        Assert.Equal(TicketStatus.Closed, ticket.Status);
        Assert.Empty(ticket.DomainEvents.OfType<Domain.Sla.CustomerReminderDue>());
    }

    [Fact]
    public void Only_the_service_closes_or_reminds_by_itself()
    {
        var ticket = _builder.Walk(TicketType.SupportRequest, TicketStatus.Resolved);
        Expect.Refused(ticket, Domain.Sla.SlaErrors.SystemOnly, () => ticket.AutoClose(People.Agent, ticket.AutoCloseAt!.Value));
        Expect.Refused(ticket, Domain.Sla.SlaErrors.NotDue, () => ticket.AutoClose(Actor.System, ticket.AutoCloseAt!.Value - TimeSpan.FromMinutes(1)));
    }
}
