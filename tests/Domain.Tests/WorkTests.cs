using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 5: the reproduction gate, In Progress, forwarding, fix versions and deliveries.</summary>
public sealed class WorkTests
{
    private readonly TicketBuilder _desk = new();

    [Fact]
    public void Software_defect_reproduced_on_the_reference_system_records_when()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InReview);
        var now = _desk.Tick();

        Expect.Success(ticket.MarkReproduced(Agent, now));

        Assert.Equal(now, ticket.ReproducedAt);
        Assert.Equal((ActivityKind.Reproduced, now), (Expect.LastEntry(ticket).Kind, Expect.LastEntry(ticket).At));
    }

    [Fact]
    public void Software_defect_is_reproduced_only_once()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InReview);
        Expect.Success(ticket.MarkReproduced(Agent, _desk.Tick()));

        Expect.Refused(ticket, TicketErrors.AlreadyReproduced, () => ticket.MarkReproduced(Agent, _desk.Tick()));
    }

    [Fact]
    public void Software_defect_is_reproduced_while_in_review()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.ClarificationRequired);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.MarkReproduced(Agent, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.Incident)]
    [InlineData(TicketType.NonSoftwareDefect)]
    [InlineData(TicketType.ConsultingRequest)]
    public void Only_a_software_defect_is_reproduced_on_the_reference_system(TicketType type)
    {
        var ticket = _desk.Walk(type, TicketStatus.InReview);

        Expect.Refused(ticket, Expect.WrongType, () => ticket.MarkReproduced(Agent, _desk.Tick()));
    }

    [Fact]
    public void Software_defect_cannot_start_progress_before_it_is_reproduced()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InReview);
        Expect.Success(ticket.SetPriority(Agent, FaultCategory.SoftwareUsability, Priority.Major, _desk.Tick()));

        Expect.Refused(ticket, TicketErrors.NotReproduced, () => ticket.StartProgress(Agent, _desk.Tick()));
    }

    [Fact]
    public void Reproduced_software_defect_cannot_start_progress_without_a_priority()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InReview);
        Expect.Success(ticket.MarkReproduced(Agent, _desk.Tick()));

        Expect.Refused(ticket, TicketErrors.PriorityRequired, () => ticket.StartProgress(Agent, _desk.Tick()));
    }

    [Fact]
    public void Non_software_defect_cannot_start_progress_without_a_priority()
    {
        var ticket = _desk.Walk(TicketType.NonSoftwareDefect, TicketStatus.InReview);

        Expect.Refused(ticket, TicketErrors.PriorityRequired, () => ticket.StartProgress(Agent, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.SoftwareDefect)]
    [InlineData(TicketType.NonSoftwareDefect)]
    [InlineData(TicketType.ConsultingRequest)]
    public void Prepared_ticket_in_review_goes_in_progress(TicketType type)
    {
        var ticket = _desk.Walk(type, TicketStatus.InReview);
        _desk.PrepareForProgress(ticket);
        var now = _desk.Tick();

        Expect.Success(ticket.StartProgress(Agent, now));

        Expect.MovedTo(ticket, TicketStatus.InReview, TicketStatus.InProgress, now);
    }

    [Theory]
    [InlineData(TicketType.SupportRequest)]
    [InlineData(TicketType.Suggestion)]
    public void Support_requests_and_suggestions_have_no_in_progress(TicketType type)
    {
        var ticket = _desk.Walk(type, TicketStatus.InReview);

        Expect.Refused(ticket, Expect.WrongType, () => ticket.StartProgress(Agent, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.NonSoftwareDefect, TicketStatus.PreCheck)]
    [InlineData(TicketType.ConsultingRequest, TicketStatus.ClarificationRequired)]
    [InlineData(TicketType.ConsultingRequest, TicketStatus.InProgress)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.DeliveryPending)]
    public void Work_starts_only_from_review(TicketType type, TicketStatus status)
    {
        var ticket = _desk.Walk(type, status);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.StartProgress(Agent, _desk.Tick()));
    }

    [Theory]
    [InlineData(Department.TechnicalServices)]
    [InlineData(Department.ManagedServices)]
    [InlineData(Department.Development)]
    public void Consulting_request_forwarded_to_a_department_goes_in_progress(Department department)
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InReview);
        var now = _desk.Tick();

        Expect.Success(ticket.ForwardTo(Agent, department, People.BudgetLeft, now));

        Assert.Equal(department, ticket.ForwardedTo);
        Assert.Contains(ticket.Activities, a => a.Kind is ActivityKind.Forwarded && a.To == department.ToString() && a.At == now);
        Expect.MovedTo(ticket, TicketStatus.InReview, TicketStatus.InProgress, now);
    }

    [Fact]
    public void Consulting_request_in_progress_is_forwarded_onwards_and_stays_in_progress()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress);

        Expect.Success(ticket.ForwardTo(Agent, Department.ManagedServices, People.BudgetLeft, _desk.Tick()));

        Assert.Equal((Department.ManagedServices, TicketStatus.InProgress), (ticket.ForwardedTo, ticket.Status));
        Assert.Equal(ActivityKind.Forwarded, Expect.LastEntry(ticket).Kind);
    }

    [Fact]
    public void Consulting_request_is_not_forwarded_to_support()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InReview);

        Expect.Refused(ticket, TicketErrors.ForwardToOtherDepartment, () => ticket.ForwardTo(Agent, Department.Support, People.BudgetLeft, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.Request)]
    [InlineData(TicketType.SupportRequest)]
    [InlineData(TicketType.SoftwareDefect)]
    public void Only_consulting_requests_are_forwarded(TicketType type)
    {
        var ticket = _desk.Walk(type, TicketStatus.InReview);

        Expect.Refused(ticket, Expect.WrongType, () => ticket.ForwardTo(Agent, Department.TechnicalServices, People.BudgetLeft, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketStatus.PreCheck)]
    [InlineData(TicketStatus.ClarificationRequired)]
    [InlineData(TicketStatus.DeliveryPending)]
    public void Consulting_request_is_forwarded_only_in_review_or_in_progress(TicketStatus status)
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, status);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.ForwardTo(Agent, Department.TechnicalServices, People.BudgetLeft, _desk.Tick()));
    }

    [Theory]
    [InlineData("7.4.12", "7.4.12")]
    [InlineData("7.4.12-hotfix.1", "7.4.12-hotfix.1")]
    [InlineData("custom", "CUSTOM")]
    public void Fixed_software_defect_waits_for_the_delivery_of_its_fix_version(string text, string stored)
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InProgress);
        var now = _desk.Tick();

        Expect.Success(ticket.SetFixVersion(Agent, FixVersion.Parse(text).Value, now));

        Assert.Equal(stored, ticket.FixVersion);
        Assert.Contains(ticket.Activities, a => a is { Kind: ActivityKind.FixVersionChanged, From: null } && a.To == stored && a.At == now);
        Expect.MovedTo(ticket, TicketStatus.InProgress, TicketStatus.DeliveryPending, now);
    }

    [Fact]
    public void Consulting_request_is_delivered_with_CUSTOM()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress);

        Expect.Success(ticket.SetFixVersion(Agent, FixVersion.Custom, _desk.Tick()));

        Assert.Equal(("CUSTOM", TicketStatus.DeliveryPending), (ticket.FixVersion, ticket.Status));
    }

    [Fact]
    public void Consulting_request_is_not_delivered_with_a_patch_version()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress);

        Expect.Refused(ticket, TicketErrors.CustomFixVersionOnly, () => ticket.SetFixVersion(Agent, FixVersion.Parse("7.4.12").Value, _desk.Tick()));
    }

    [Fact]
    public void Fix_version_changes_while_the_delivery_is_pending()
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.DeliveryPending);
        var now = _desk.Tick();

        Expect.Success(ticket.SetFixVersion(Agent, FixVersion.Parse("7.4.12-hotfix.1").Value, now));

        Assert.Equal(("7.4.12-hotfix.1", TicketStatus.DeliveryPending), (ticket.FixVersion, ticket.Status));
        var entry = Expect.LastEntry(ticket);
        Assert.Equal((ActivityKind.FixVersionChanged, "7.4.12", "7.4.12-hotfix.1", now), (entry.Kind, entry.From, entry.To, entry.At));
    }

    [Theory]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.InReview)]
    [InlineData(TicketType.ConsultingRequest, TicketStatus.InReview)]
    [InlineData(TicketType.Customisation, TicketStatus.Ordered)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.Resolved)]
    public void Fix_version_is_set_only_once_the_work_is_in_progress(TicketType type, TicketStatus status)
    {
        var ticket = _desk.Walk(type, status);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.SetFixVersion(Agent, FixVersion.Custom, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.NonSoftwareDefect, TicketStatus.InProgress)]
    [InlineData(TicketType.SupportRequest, TicketStatus.InReview)]
    public void Non_software_defects_and_support_requests_wait_for_no_delivery(TicketType type, TicketStatus status)
    {
        var ticket = _desk.Walk(type, status);

        Expect.Refused(ticket, Expect.WrongType, () => ticket.SetFixVersion(Agent, FixVersion.Custom, _desk.Tick()));
    }

    [Theory]
    [InlineData(TicketType.SoftwareDefect, ActorKind.Agent)]
    [InlineData(TicketType.ConsultingRequest, ActorKind.Agent)]
    [InlineData(TicketType.SoftwareDefect, ActorKind.System)]
    public void Delivered_defect_or_consulting_request_is_resolved_as_fixed(TicketType type, ActorKind by)
    {
        var ticket = _desk.Walk(type, TicketStatus.DeliveryPending);
        var now = _desk.Tick();

        Expect.Success(ticket.MarkDelivered(by is ActorKind.System ? Actor.System : Agent, now));

        Assert.Equal((Resolution.Fixed, now), (ticket.Resolution, ticket.ResolvedAt));
        Expect.MovedTo(ticket, TicketStatus.DeliveryPending, TicketStatus.Resolved, now);
    }

    [Theory]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.InProgress)]
    [InlineData(TicketType.NonSoftwareDefect, TicketStatus.InProgress)]
    [InlineData(TicketType.SoftwareDefect, TicketStatus.Resolved)]
    public void Only_a_ticket_waiting_for_its_delivery_is_marked_delivered(TicketType type, TicketStatus status)
    {
        var ticket = _desk.Walk(type, status);

        Expect.Refused(ticket, Expect.WrongStatus, () => ticket.MarkDelivered(Agent, _desk.Tick()));
    }
}
