using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 5: which resolution fits which type from which status, and what the customer does with it.</summary>
public sealed class ResolutionTests
{
    /// <summary>The resolutions of section 5, written out independently of <see cref="ResolutionRules"/>.</summary>
    private static readonly (TicketType Type, TicketStatus Status, Resolution Resolution)[] SpecTable =
    [
        (TicketType.SoftwareDefect, TicketStatus.InReview, Resolution.NoDefect),
        (TicketType.SoftwareDefect, TicketStatus.InProgress, Resolution.NoDefect),
        (TicketType.SoftwareDefect, TicketStatus.InReview, Resolution.WontFix),
        (TicketType.SoftwareDefect, TicketStatus.InProgress, Resolution.WontFix),
        (TicketType.SoftwareDefect, TicketStatus.DeliveryPending, Resolution.Fixed),
        (TicketType.NonSoftwareDefect, TicketStatus.InProgress, Resolution.Fixed),
        (TicketType.NonSoftwareDefect, TicketStatus.InReview, Resolution.NoDefect),
        (TicketType.NonSoftwareDefect, TicketStatus.InProgress, Resolution.NoDefect),
        (TicketType.ConsultingRequest, TicketStatus.InReview, Resolution.Answered),
        (TicketType.ConsultingRequest, TicketStatus.InProgress, Resolution.Answered),
        (TicketType.ConsultingRequest, TicketStatus.DeliveryPending, Resolution.Fixed),
        (TicketType.SupportRequest, TicketStatus.InReview, Resolution.Answered),
        (TicketType.SupportRequest, TicketStatus.InProgress, Resolution.Answered),
        (TicketType.Suggestion, TicketStatus.InReview, Resolution.ForwardedToProductManagement),
    ];

    public static TheoryData<TicketType, TicketStatus, Resolution> AllowedReachable()
    {
        var data = new TheoryData<TicketType, TicketStatus, Resolution>();
        // A Support Request has no In Progress of its own; it gets there only by a reclassification (see ReclassificationTests).
        foreach (var (type, status, resolution) in SpecTable.Where(c => c is not (TicketType.SupportRequest, TicketStatus.InProgress, _)))
            data.Add(type, status, resolution);
        return data;
    }

    private readonly TicketBuilder _desk = new();

    [Fact]
    public void Resolution_rules_allow_exactly_the_combinations_of_section_5()
    {
        var mismatches =
            from type in Enum.GetValues<TicketType>()
            from status in Enum.GetValues<TicketStatus>()
            from resolution in Enum.GetValues<Resolution>()
            where ResolutionRules.Allows(type, status, resolution) != SpecTable.Contains((type, status, resolution))
            select $"{type} in {status} as {resolution}";

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(AllowedReachable))]
    public void Ticket_is_resolved_with_a_resolution_that_fits_its_type_and_status(TicketType type, TicketStatus status, Resolution resolution)
    {
        var ticket = _desk.Walk(type, status);
        var now = _desk.Tick();

        Expect.Success(ticket.Resolve(Agent, resolution, null, now));

        Assert.Equal((resolution, now), (ticket.Resolution, ticket.ResolvedAt));
        Expect.MovedTo(ticket, status, TicketStatus.Resolved, now);
    }

    [Fact]
    public void Support_request_reclassified_while_in_progress_is_answered()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress);
        Expect.Success(ticket.Reclassify(Agent, TicketType.SupportRequest, _desk.Tick()));

        Expect.Success(ticket.Resolve(Agent, Resolution.Answered, null, _desk.Tick()));

        Assert.Equal((TicketStatus.Resolved, Resolution.Answered), (ticket.Status, ticket.Resolution));
    }

    [Theory]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.InReview, Resolution.Fixed)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.InProgress, Resolution.Fixed)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.DeliveryPending, Resolution.NoDefect)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.ClarificationRequired, Resolution.WontFix)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.PreCheck, Resolution.NoDefect)]
    [InlineData(TicketType.NonSoftwareDefect, TicketStatus.InReview, Resolution.Fixed)]
    [InlineData(TicketType.NonSoftwareDefect, TicketStatus.InProgress, Resolution.WontFix)]
    [InlineData(TicketType.NonSoftwareDefect, TicketStatus.InProgress, Resolution.Answered)]
    [InlineData(TicketType.ConsultingRequest, TicketStatus.InReview, Resolution.Fixed)]
    [InlineData(TicketType.ConsultingRequest, TicketStatus.InProgress, Resolution.NoDefect)]
    [InlineData(TicketType.ConsultingRequest, TicketStatus.DeliveryPending, Resolution.Answered)]
    [InlineData(TicketType.SupportRequest, TicketStatus.InReview, Resolution.Fixed)]
    [InlineData(TicketType.SupportRequest, TicketStatus.ClarificationRequired, Resolution.Answered)]
    [InlineData(TicketType.Suggestion, TicketStatus.InReview, Resolution.Answered)]
    [InlineData(TicketType.Suggestion, TicketStatus.PreCheck, Resolution.ForwardedToProductManagement)]
    [InlineData(TicketType.Customisation, TicketStatus.InProgress, Resolution.Fixed)]
    [InlineData(TicketType.Customisation, TicketStatus.DeliveryPending, Resolution.Fixed)]
    [InlineData(TicketType.Customisation, TicketStatus.Ordered, Resolution.Answered)]
    [InlineData(TicketType.SupportRequest, TicketStatus.Resolved, Resolution.Answered)]
    public void Resolution_that_does_not_fit_the_type_and_status_is_refused(TicketType type, TicketStatus status, Resolution resolution)
    {
        var ticket = _desk.Walk(type, status);

        Expect.Refused(ticket, "ticket.resolution_not_allowed", () => ticket.Resolve(Agent, resolution, null, _desk.Tick()));
    }

    [Fact]
    public void Resolution_note_is_recorded_as_a_public_comment()
    {
        var ticket = _desk.Walk(TicketType.SupportRequest, TicketStatus.InReview);

        Expect.Success(ticket.Resolve(Agent, Resolution.Answered, "The patch notes are on the portal.", _desk.Tick()));

        var note = ticket.Activities[^2];
        Assert.Equal((ActivityKind.Comment, "The patch notes are on the portal.", false), (note.Kind, note.Text, note.IsInternal));
    }

    [Fact]
    public void Suggestion_is_forwarded_to_product_management_and_resolved()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);
        Expect.Success(ticket.Reclassify(Agent, TicketType.Suggestion, _desk.Tick()));
        var now = _desk.Tick();

        Expect.Success(ticket.Resolve(Agent, Resolution.ForwardedToProductManagement, null, now));

        Assert.Equal((TicketType.Suggestion, Resolution.ForwardedToProductManagement), (ticket.Type, ticket.Resolution));
        Expect.MovedTo(ticket, TicketStatus.InReview, TicketStatus.Resolved, now);
    }

    [Fact]
    public void Support_request_is_answered_and_resolved()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);
        Expect.Success(ticket.Reclassify(Agent, TicketType.SupportRequest, _desk.Tick()));
        var now = _desk.Tick();

        Expect.Success(ticket.Resolve(Agent, Resolution.Answered, "The documentation is under Downloads.", now));

        Assert.Equal((TicketType.SupportRequest, Resolution.Answered), (ticket.Type, ticket.Resolution));
        Expect.MovedTo(ticket, TicketStatus.InReview, TicketStatus.Resolved, now);
    }

    [Fact]
    public void Customer_confirms_the_resolution_and_the_ticket_closes()
    {
        var ticket = _desk.Walk(TicketType.NonSoftwareDefect, TicketStatus.Resolved);
        var now = _desk.Tick();

        Expect.Success(ticket.ConfirmResolution(Contact, now));

        Assert.Equal((CloseReason.ConfirmedByCustomer, now, Resolution.Fixed), (ticket.CloseReason, ticket.ClosedAt, ticket.Resolution));
        Expect.MovedTo(ticket, TicketStatus.Resolved, TicketStatus.Closed, now);
    }

    [Fact]
    public void Agent_records_a_confirmation_the_customer_gave_in_a_comment()
    {
        var ticket = _desk.Walk(TicketType.SupportRequest, TicketStatus.Resolved);

        Expect.Success(ticket.ConfirmResolution(Agent, _desk.Tick()));

        Assert.Equal((TicketStatus.Closed, CloseReason.ConfirmedByCustomer), (ticket.Status, ticket.CloseReason));
    }

    [Theory]
    [InlineData(TicketStatus.InReview)]
    [InlineData(TicketStatus.Closed)]
    public void Only_a_resolved_ticket_is_confirmed(TicketStatus status)
    {
        var ticket = _desk.Walk(TicketType.SupportRequest, status);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.ConfirmResolution(Contact, _desk.Tick()));
    }

    [Fact]
    public void Customer_reopens_a_resolved_ticket_back_to_review_and_the_resolution_is_cleared()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.Resolved);
        var now = _desk.Tick();

        Expect.Success(ticket.Reopen(Contact, "The export still stops at 50 %.", now));

        Assert.Null(ticket.Resolution);
        Assert.Null(ticket.ResolvedAt);
        Expect.MovedTo(ticket, TicketStatus.Resolved, TicketStatus.InReview, now);
        var reason = ticket.Activities[^2];
        Assert.Equal((ActivityKind.Comment, "The export still stops at 50 %.", Contact.Id), (reason.Kind, reason.Text, reason.ActorId));
    }

    [Theory]
    [InlineData(TicketStatus.InReview)]
    [InlineData(TicketStatus.Closed)]
    public void Only_a_resolved_ticket_is_reopened(TicketStatus status)
    {
        var ticket = _desk.Walk(TicketType.SupportRequest, status);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.Reopen(Contact, "Still broken.", _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.Request, TicketStatus.Opened)]
    [InlineData(TicketType.Incident, TicketStatus.InReview)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.DeliveryPending)]
    [InlineData(TicketType.Customisation, TicketStatus.EstimationAvailable)]
    [InlineData(TicketType.SupportRequest, TicketStatus.Resolved)]
    public void Customer_withdraws_a_ticket_that_is_not_closed(TicketType type, TicketStatus status)
    {
        var ticket = _desk.Walk(type, status);
        var now = _desk.Tick();

        Expect.Success(ticket.Withdraw(Contact, "We found the cause ourselves.", now));

        Assert.Equal((CloseReason.Withdrawn, now), (ticket.CloseReason, ticket.ClosedAt));
        Expect.MovedTo(ticket, status, TicketStatus.Closed, now);
        Assert.Equal("We found the cause ourselves.", ticket.Activities[^2].Text);
    }

    [Fact]
    public void Closed_ticket_is_not_withdrawn()
    {
        var ticket = _desk.Walk(TicketType.SupportRequest, TicketStatus.Closed);

        Expect.Refused(ticket, TicketErrors.Closed, () => ticket.Withdraw(Contact, null, _desk.Tick()));
    }

    [Fact]
    public void Duplicate_is_closed_with_a_reference_to_the_original()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);
        var now = _desk.Tick();

        Expect.Success(ticket.CloseAsDuplicate(Agent, 1000, now));

        Assert.Equal((1000L, CloseReason.Duplicate, now), (ticket.DuplicateOfId, ticket.CloseReason, ticket.ClosedAt));
        Assert.Equal("Duplicate of SD-1000.", ticket.Activities[^2].Text);
        Expect.MovedTo(ticket, TicketStatus.InReview, TicketStatus.Closed, now);
    }

    [Fact]
    public void Ticket_is_not_a_duplicate_of_itself()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);

        Expect.Refused(ticket, TicketErrors.DuplicateOfItself, () => ticket.CloseAsDuplicate(Agent, ticket.Id, _desk.Tick()));
    }

    [Fact]
    public void Closed_ticket_is_not_closed_again_as_a_duplicate()
    {
        var ticket = _desk.Walk(TicketType.SupportRequest, TicketStatus.Closed);

        Expect.Refused(ticket, TicketErrors.Closed, () => ticket.CloseAsDuplicate(Agent, 1000, _desk.Tick()));
    }
}
