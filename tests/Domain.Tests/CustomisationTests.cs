using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 5, Customisation: estimation, offer, order, concept approval, work, delivery, Closed.</summary>
public sealed class CustomisationTests
{
    private readonly TicketBuilder _desk = new();

    [Fact]
    public void Requesting_an_estimation_starts_it_and_tells_sales()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.InReview);
        var now = _desk.Tick();

        Expect.Success(ticket.RequestEstimation(Agent, now));

        Expect.MovedTo(ticket, TicketStatus.InReview, TicketStatus.EstimationInProgress, now);
        Assert.Contains(new CustomisationEstimationRequested(ticket.Id, OrganizationId, now), ticket.DomainEvents);
    }

    [Theory]
    [InlineData(TicketType.ConsultingRequest)]
    [InlineData(TicketType.Request)]
    public void Only_a_customisation_is_estimated(TicketType type)
    {
        var ticket = _desk.Walk(type, TicketStatus.InReview);

        Expect.Refused(ticket, Expect.WrongType, () => ticket.RequestEstimation(Agent, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketStatus.PreCheck)]
    [InlineData(TicketStatus.EstimationInProgress)]
    public void Estimation_is_requested_once_the_requirement_is_reviewed(TicketStatus status)
    {
        var ticket = _desk.Walk(TicketType.Customisation, status);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.RequestEstimation(Agent, _desk.Tick()));
    }

    [Fact]
    public void Provided_estimation_is_available_for_the_offer()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.EstimationInProgress);
        var now = _desk.Tick();

        Expect.Success(ticket.ProvideEstimation(Agent, "Five days of development.", now));

        Expect.MovedTo(ticket, TicketStatus.EstimationInProgress, TicketStatus.EstimationAvailable, now);
        Assert.Equal("Five days of development.", ticket.Activities[^2].Text);
    }

    [Fact]
    public void Estimation_is_provided_only_while_it_is_in_progress()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.InReview);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.ProvideEstimation(Agent, "Five days.", _desk.Tick()));
    }

    [Fact]
    public void Customer_orders_on_the_offer()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.EstimationAvailable);
        var now = _desk.Tick();

        Expect.Success(ticket.RecordOrder(Agent, now));

        Expect.MovedTo(ticket, TicketStatus.EstimationAvailable, TicketStatus.Ordered, now);
    }

    [Fact]
    public void Customisation_not_ordered_is_closed_as_not_ordered()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.EstimationAvailable);
        var now = _desk.Tick();

        Expect.Success(ticket.RecordNotOrdered(Agent, now));

        Assert.Equal((CloseReason.NotOrdered, now), (ticket.CloseReason, ticket.ClosedAt));
        Expect.MovedTo(ticket, TicketStatus.EstimationAvailable, TicketStatus.Closed, now);
    }

    [Fact]
    public void Order_or_no_order_is_recorded_only_when_an_estimation_is_available()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.EstimationInProgress);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.RecordOrder(Agent, _desk.Tick()));
        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.RecordNotOrdered(Agent, _desk.Tick()));
    }

    [Fact]
    public void Customisation_cannot_start_progress_before_the_concept_is_approved()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.Ordered);

        Expect.Refused(ticket, TicketErrors.ConceptNotApproved, () => ticket.StartProgress(Agent, _desk.Tick()));
    }

    [Fact]
    public void Customisation_cannot_start_progress_before_it_is_ordered()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.EstimationAvailable);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.StartProgress(Agent, _desk.Tick()));
    }

    [Fact]
    public void Customer_approves_the_concept_of_an_ordered_customisation()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.Ordered);
        var now = _desk.Tick();

        Expect.Success(ticket.ApproveConcept(Contact, now));

        Assert.Equal(now, ticket.ConceptApprovedAt);
        Assert.Equal((ActivityKind.ConceptApproved, Contact.Id), (Expect.LastEntry(ticket).Kind, Expect.LastEntry(ticket).ActorId));
        Assert.Equal(TicketStatus.Ordered, ticket.Status);
    }

    [Fact]
    public void Concept_is_approved_only_once()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.Ordered);
        Expect.Success(ticket.ApproveConcept(Contact, _desk.Tick()));

        Expect.Refused(ticket, TicketErrors.ConceptAlreadyApproved, () => ticket.ApproveConcept(Contact, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.Customisation, TicketStatus.EstimationAvailable)]
    [InlineData(TicketType.ConsultingRequest, TicketStatus.InReview)]
    public void Concept_is_approved_only_on_an_ordered_customisation(TicketType type, TicketStatus status)
    {
        var ticket = _desk.Walk(type, status);

        var code = type is TicketType.Customisation ? Expect.WrongStatus : Expect.WrongType;
        Expect.Refused(ticket, code, () => ticket.ApproveConcept(Contact, _desk.Tick()));
    }

    [Fact]
    public void Approved_customisation_is_worked_waits_for_delivery_and_closes_once_delivered()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.Ordered);
        Expect.Success(ticket.ApproveConcept(Contact, _desk.Tick()));

        var started = _desk.Tick();
        Expect.Success(ticket.StartProgress(Agent, started));
        Expect.MovedTo(ticket, TicketStatus.Ordered, TicketStatus.InProgress, started);

        var fixedIn = _desk.Tick();
        Expect.Success(ticket.SetFixVersion(Agent, FixVersion.Parse("7.5.0").Value, fixedIn));
        Assert.Equal("7.5.0", ticket.FixVersion);
        Expect.MovedTo(ticket, TicketStatus.InProgress, TicketStatus.DeliveryPending, fixedIn);

        var delivered = _desk.Tick();
        Expect.Success(ticket.MarkDelivered(Actor.System, delivered));
        Assert.Equal((CloseReason.Delivered, delivered, (Resolution?)null), (ticket.CloseReason, ticket.ClosedAt, ticket.Resolution));
        Expect.MovedTo(ticket, TicketStatus.DeliveryPending, TicketStatus.Closed, delivered);
    }

    [Fact]
    public void Closed_customisation_takes_no_further_comment()
    {
        var ticket = _desk.Walk(TicketType.Customisation, TicketStatus.Closed);

        Assert.Equal(TicketErrors.Closed, ticket.Comment(Contact, "One more question.", isInternal: false, _desk.Tick()).Error);
    }
}
