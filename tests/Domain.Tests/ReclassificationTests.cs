using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC sections 4 and 5: the desk sets the final type; Incident and Request are intake types only.</summary>
public sealed class ReclassificationTests
{
    private readonly TicketBuilder _desk = new();

    [Theory]
    [InlineData(TicketType.SoftwareDefect)]
    [InlineData(TicketType.NonSoftwareDefect)]
    [InlineData(TicketType.ConsultingRequest)]
    [InlineData(TicketType.SupportRequest)]
    [InlineData(TicketType.Customisation)]
    [InlineData(TicketType.Suggestion)]
    public void Ticket_in_review_is_reclassified_to_any_final_type(TicketType type)
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);
        var now = _desk.Tick();

        Expect.Success(ticket.Reclassify(Agent, type, now));

        Assert.Equal((type, TicketStatus.InReview), (ticket.Type, ticket.Status));
        var entry = Expect.LastEntry(ticket);
        Assert.Equal((ActivityKind.TypeChanged, "Request", type.ToString(), now), (entry.Kind, entry.From, entry.To, entry.At));
    }

    [Theory]
    [InlineData(TicketType.Incident, TicketStatus.PreCheck, TicketType.NonSoftwareDefect)]
    [InlineData(TicketType.Request, TicketStatus.ClarificationRequired, TicketType.SupportRequest)]
    public void Ticket_is_reclassified_while_checked_or_on_hold_and_keeps_its_status(TicketType from, TicketStatus status, TicketType to)
    {
        var ticket = _desk.Walk(from, status);

        Expect.Success(ticket.Reclassify(Agent, to, _desk.Tick()));

        Assert.Equal((to, status), (ticket.Type, ticket.Status));
    }

    [Theory]
    [InlineData(TicketType.SoftwareDefect, TicketType.NonSoftwareDefect)]
    [InlineData(TicketType.NonSoftwareDefect, TicketType.SoftwareDefect)]
    [InlineData(TicketType.ConsultingRequest, TicketType.SupportRequest)]
    [InlineData(TicketType.ConsultingRequest, TicketType.Customisation)]
    public void Ticket_reclassified_in_progress_returns_to_review_so_the_new_types_gates_apply(TicketType from, TicketType to)
    {
        var ticket = _desk.Walk(from, TicketStatus.InProgress);

        Expect.Success(ticket.Reclassify(Agent, to, _desk.Tick()));

        Assert.Equal((to, TicketStatus.InReview), (ticket.Type, ticket.Status));
    }

    [Theory]
    [InlineData(TicketType.Incident, TicketStatus.Opened)]
    [InlineData(TicketType.SupportRequest, TicketStatus.Resolved)]
    [InlineData(TicketType.SupportRequest, TicketStatus.Closed)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.DeliveryPending)]
    [InlineData(TicketType.Customisation, TicketStatus.EstimationAvailable)]
    public void Ticket_is_not_reclassified_before_acceptance_nor_once_resolved_closed_or_past_the_work(TicketType from, TicketStatus status)
    {
        var ticket = _desk.Walk(from, status);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.Reclassify(Agent, TicketType.ConsultingRequest, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.Incident)]
    [InlineData(TicketType.Request)]
    [InlineData(TicketType.Delivery)]
    public void Ticket_is_not_reclassified_to_an_intake_type_or_a_delivery(TicketType target)
    {
        var ticket = _desk.Walk(TicketType.SupportRequest, TicketStatus.InReview);

        var error = Expect.Refused(ticket, "ticket.not_a_reclassification_target", () => ticket.Reclassify(Agent, target, _desk.Tick()));

        Assert.Equal((ErrorKind.Invalid, "type"), (error.Kind, error.Field));
    }

    [Fact]
    public void Reclassifying_to_the_type_it_already_has_is_refused()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InReview);

        Expect.Refused(ticket, TicketErrors.SameType, () => ticket.Reclassify(Agent, TicketType.SoftwareDefect, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.ConsultingRequest)]
    [InlineData(TicketType.SupportRequest)]
    [InlineData(TicketType.Customisation)]
    [InlineData(TicketType.Suggestion)]
    public void Reclassifying_a_defect_to_a_non_defect_drops_its_priority(TicketType target)
    {
        var ticket = _desk.Walk(TicketType.NonSoftwareDefect, TicketStatus.InReview);
        Expect.Success(ticket.SetPriority(Agent, FaultCategory.SoftwareUsability, Priority.Major, _desk.Tick()));
        var now = _desk.Tick();

        Expect.Success(ticket.Reclassify(Agent, target, now));

        Assert.Null(ticket.Priority);
        Assert.Null(ticket.FaultCategory);
        Assert.Contains(ticket.Activities, a => a is { Kind: ActivityKind.PriorityChanged, From: "Major", To: null } && a.At == now);
    }

    [Fact]
    public void Reclassifying_between_defects_keeps_a_priority_that_fits_the_new_type()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InReview);
        Expect.Success(ticket.SetPriority(Agent, FaultCategory.SoftwareUsability, Priority.Critical2, _desk.Tick()));

        Expect.Success(ticket.Reclassify(Agent, TicketType.NonSoftwareDefect, _desk.Tick()));

        Assert.Equal((Priority.Critical2, FaultCategory.SoftwareUsability), (ticket.Priority, ticket.FaultCategory));
    }

    [Fact]
    public void Reclassifying_a_system_availability_outage_to_a_software_defect_drops_the_priority_it_cannot_have()
    {
        var ticket = _desk.Walk(TicketType.NonSoftwareDefect, TicketStatus.InReview);
        Expect.Success(ticket.SetPriority(Agent, FaultCategory.SystemAvailability, Priority.Critical1, _desk.Tick()));

        Expect.Success(ticket.Reclassify(Agent, TicketType.SoftwareDefect, _desk.Tick()));

        Assert.Null(ticket.Priority);
        Assert.Null(ticket.FaultCategory);
    }

    [Fact]
    public void Reclassifying_away_from_software_defect_drops_the_reproduction_so_it_must_be_reproduced_again()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InReview);
        _desk.PrepareForProgress(ticket);

        Expect.Success(ticket.Reclassify(Agent, TicketType.NonSoftwareDefect, _desk.Tick()));
        Assert.Null(ticket.ReproducedAt);

        Expect.Success(ticket.Reclassify(Agent, TicketType.SoftwareDefect, _desk.Tick()));
        Expect.Refused(ticket, TicketErrors.NotReproduced, () => ticket.StartProgress(Agent, _desk.Tick()));
    }

    [Fact]
    public void Reclassifying_away_from_consulting_request_drops_the_forwarding()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InReview);
        Expect.Success(ticket.ForwardTo(Agent, Department.TechnicalServices, People.BudgetLeft, _desk.Tick()));

        Expect.Success(ticket.Reclassify(Agent, TicketType.SupportRequest, _desk.Tick()));

        Assert.Null(ticket.ForwardedTo);
    }

    [Theory]
    [InlineData(TicketType.Incident)]
    [InlineData(TicketType.Request)]
    public void Incident_or_request_cannot_start_progress_before_reclassification(TicketType intake)
    {
        var ticket = _desk.Walk(intake, TicketStatus.InReview);

        Expect.Refused(ticket, TicketErrors.IntakeTypeMustBeReclassified, () => ticket.StartProgress(Agent, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.Incident, TicketStatus.InReview, Resolution.Fixed)]
    [InlineData(TicketType.Incident, TicketStatus.InReview, Resolution.NoDefect)]
    [InlineData(TicketType.Incident, TicketStatus.PreCheck, Resolution.WontFix)]
    [InlineData(TicketType.Request, TicketStatus.InReview, Resolution.Answered)]
    [InlineData(TicketType.Request, TicketStatus.ClarificationRequired, Resolution.ForwardedToProductManagement)]
    public void Incident_or_request_cannot_be_resolved_before_reclassification(TicketType intake, TicketStatus status, Resolution resolution)
    {
        var ticket = _desk.Walk(intake, status);

        Expect.Refused(ticket, "ticket.intake_type_must_be_reclassified", () => ticket.Resolve(Agent, resolution, null, _desk.Tick()));
    }
}
