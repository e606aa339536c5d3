using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 5, every ticket: Opened → Pre-check → In Review ⇄ Clarification Required.</summary>
public sealed class ReviewTests
{
    private readonly TicketBuilder _desk = new();

    [Fact]
    public void Accepting_an_opened_ticket_moves_it_to_pre_check_records_who_and_when_and_assigns_the_agent()
    {
        var ticket = _desk.Open();
        var now = _desk.Tick();

        Expect.Success(ticket.Accept(Agent, now));

        Assert.Equal((now, Agent.Id), (ticket.AcceptedAt, ticket.AcceptedById));
        Assert.Equal((Agent.Id, Agent.Name), (ticket.AssigneeId, ticket.AssigneeName));
        Assert.Contains(ticket.Activities, a => a.Kind is ActivityKind.AssigneeChanged && a.To == Agent.Name && a.At == now);
        Expect.MovedTo(ticket, TicketStatus.Opened, TicketStatus.PreCheck, now);
    }

    [Fact]
    public void Accepting_keeps_an_assignee_chosen_before()
    {
        var ticket = _desk.Open();
        var colleague = Guid.NewGuid();
        Expect.Success(ticket.Assign(Agent, colleague, "Ben Colleague", _desk.Tick()));

        Expect.Success(ticket.Accept(Agent, _desk.Tick()));

        Assert.Equal((colleague, Agent.Id), (ticket.AssigneeId, ticket.AcceptedById));
    }

    [Fact]
    public void Ticket_is_accepted_only_while_opened()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.PreCheck);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.Accept(Agent, _desk.Tick()));
    }

    [Fact]
    public void Review_starts_from_pre_check()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.PreCheck);
        var now = _desk.Tick();

        Expect.Success(ticket.StartReview(Agent, now));

        Expect.MovedTo(ticket, TicketStatus.PreCheck, TicketStatus.InReview, now);
    }

    [Fact]
    public void Review_cannot_start_before_the_ticket_is_accepted()
    {
        var ticket = _desk.Open();

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.StartReview(Agent, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.Request, TicketStatus.PreCheck)]
    [InlineData(TicketType.Incident, TicketStatus.InReview)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.InProgress)]
    [InlineData(TicketType.Customisation, TicketStatus.EstimationInProgress)]
    public void Asking_the_customer_puts_the_ticket_on_hold_with_the_question_as_a_public_comment(TicketType type, TicketStatus status)
    {
        var ticket = _desk.Walk(type, status);
        var now = _desk.Tick();

        Expect.Success(ticket.RequestClarification(Agent, "Which browser do you use?", now));

        Assert.Equal(now, ticket.ClarificationRequestedAt);
        Expect.MovedTo(ticket, status, TicketStatus.ClarificationRequired, now);
        var question = ticket.Activities[^2];
        Assert.Equal((ActivityKind.Comment, "Which browser do you use?", false), (question.Kind, question.Text, question.IsInternal));
    }

    [Theory]
    [InlineData(TicketType.Request, TicketStatus.Opened)]
    [InlineData(TicketType.Request, TicketStatus.ClarificationRequired)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.DeliveryPending)]
    [InlineData(TicketType.Customisation, TicketStatus.Ordered)]
    [InlineData(TicketType.SupportRequest, TicketStatus.Resolved)]
    [InlineData(TicketType.SupportRequest, TicketStatus.Closed)]
    public void Customer_is_asked_only_while_the_ticket_is_checked_reviewed_worked_or_estimated(TicketType type, TicketStatus status)
    {
        var ticket = _desk.Walk(type, status);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.RequestClarification(Agent, "Which browser?", _desk.Tick()));
    }

    [Theory]
    [InlineData(ActorKind.Contact)]
    [InlineData(ActorKind.Partner)]
    public void Customer_comment_answers_the_question_and_returns_the_ticket_to_review(ActorKind kind)
    {
        var customer = kind is ActorKind.Contact ? Contact : Partner;
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.ClarificationRequired);
        var now = _desk.Tick();

        var answer = ticket.Comment(customer, "Firefox 140.", isInternal: false, now);

        Assert.True(answer.IsSuccess);
        Assert.Equal((ActivityKind.Comment, "Firefox 140.", customer.Id), (answer.Value.Kind, answer.Value.Text, answer.Value.ActorId));
        Assert.Null(ticket.ClarificationRequestedAt);
        Expect.MovedTo(ticket, TicketStatus.ClarificationRequired, TicketStatus.InReview, now);
    }

    [Fact]
    public void Customer_answer_returns_a_customisation_to_the_stage_it_was_asked_from()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.EstimationInProgress);
        Assert.True(ticket.RequestClarification(Agent, "Which certificate layout?", _desk.Tick()).IsSuccess);
        var now = _desk.Tick();

        Assert.True(ticket.Comment(Contact, "The A4 one.", isInternal: false, now).IsSuccess);

        Expect.MovedTo(ticket, TicketStatus.ClarificationRequired, TicketStatus.EstimationInProgress, now);
    }

    [Fact]
    public void Agent_comment_does_not_answer_the_question()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.ClarificationRequired);
        var askedAt = ticket.ClarificationRequestedAt;

        Assert.True(ticket.Comment(Agent, "Reminder: which browser?", isInternal: false, _desk.Tick()).IsSuccess);

        Assert.Equal(TicketStatus.ClarificationRequired, ticket.Status);
        Assert.Equal(askedAt, ticket.ClarificationRequestedAt);
        Assert.Equal(ActivityKind.Comment, Expect.LastEntry(ticket).Kind);
    }

    [Fact]
    public void Customer_comment_outside_clarification_changes_no_status()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);

        Assert.True(ticket.Comment(Contact, "Any news?", isInternal: false, _desk.Tick()).IsSuccess);

        Assert.Equal(TicketStatus.InReview, ticket.Status);
        Assert.Equal(ActivityKind.Comment, Expect.LastEntry(ticket).Kind);
    }
}
