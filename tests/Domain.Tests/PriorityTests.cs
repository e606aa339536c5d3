using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 6: priority and fault category, defects only.</summary>
public sealed class PriorityTests
{
    private readonly TicketBuilder _desk = new();

    [Theory]
    [InlineData(TicketType.NonSoftwareDefect, FaultCategory.SystemAvailability, Priority.Critical1)]
    [InlineData(TicketType.NonSoftwareDefect, FaultCategory.SoftwareUsability, Priority.Critical2)]
    [InlineData(TicketType.NonSoftwareDefect, FaultCategory.SoftwareUsability, Priority.Major)]
    [InlineData(TicketType.NonSoftwareDefect, FaultCategory.SoftwareUsability, Priority.Minor)]
    [InlineData(TicketType.SoftwareDefect, FaultCategory.SoftwareUsability, Priority.Critical2)]
    [InlineData(TicketType.SoftwareDefect, FaultCategory.SoftwareUsability, Priority.Major)]
    [InlineData(TicketType.SoftwareDefect, FaultCategory.SoftwareUsability, Priority.Minor)]
    public void Priority_in_the_matrix_of_section_6_is_set_and_recorded(TicketType type, FaultCategory category, Priority priority)
    {
        var ticket = _desk.Walk(type, TicketStatus.InReview);
        var now = _desk.Tick();

        Expect.Success(ticket.SetPriority(Agent, category, priority, now));

        Assert.Equal((priority, category), (ticket.Priority, ticket.FaultCategory));
        var entry = Expect.LastEntry(ticket);
        Assert.Equal((ActivityKind.PriorityChanged, null, priority.ToString(), category.ToString(), now),
            (entry.Kind, entry.From, entry.To, entry.Text, entry.At));
    }

    [Theory]
    [InlineData(TicketType.NonSoftwareDefect, FaultCategory.SystemAvailability, Priority.Critical2)]
    [InlineData(TicketType.NonSoftwareDefect, FaultCategory.SystemAvailability, Priority.Major)]
    [InlineData(TicketType.NonSoftwareDefect, FaultCategory.SystemAvailability, Priority.Minor)]
    [InlineData(TicketType.NonSoftwareDefect, FaultCategory.SoftwareUsability, Priority.Critical1)]
    [InlineData(TicketType.SoftwareDefect, FaultCategory.SystemAvailability, Priority.Critical1)]
    [InlineData(TicketType.SoftwareDefect, FaultCategory.SystemAvailability, Priority.Critical2)]
    [InlineData(TicketType.SoftwareDefect, FaultCategory.SystemAvailability, Priority.Major)]
    [InlineData(TicketType.SoftwareDefect, FaultCategory.SystemAvailability, Priority.Minor)]
    [InlineData(TicketType.SoftwareDefect, FaultCategory.SoftwareUsability, Priority.Critical1)]
    public void Priority_outside_the_matrix_of_section_6_is_refused(TicketType type, FaultCategory category, Priority priority)
    {
        var ticket = _desk.Walk(type, TicketStatus.InReview);

        var error = Expect.Refused(ticket, "ticket.priority_not_in_matrix", () => ticket.SetPriority(Agent, category, priority, _desk.Tick()));

        Assert.Equal((ErrorKind.Invalid, "priority"), (error.Kind, error.Field));
        Assert.Null(ticket.Priority);
    }

    [Theory]
    [InlineData(TicketType.Incident)]
    [InlineData(TicketType.Request)]
    [InlineData(TicketType.ConsultingRequest)]
    [InlineData(TicketType.SupportRequest)]
    [InlineData(TicketType.Customisation)]
    [InlineData(TicketType.Suggestion)]
    public void Only_defects_carry_a_priority(TicketType type)
    {
        var ticket = _desk.Walk(type, TicketStatus.InReview);

        Expect.Refused(ticket, TicketErrors.PriorityOnlyOnDefects,
            () => ticket.SetPriority(Agent, FaultCategory.SoftwareUsability, Priority.Major, _desk.Tick()));
    }

    [Fact]
    public void Priority_change_records_the_old_and_the_new_priority()
    {
        var ticket = _desk.Walk(TicketType.NonSoftwareDefect, TicketStatus.InProgress);

        Expect.Success(ticket.SetPriority(Agent, FaultCategory.SystemAvailability, Priority.Critical1, _desk.Tick()));

        var entry = Expect.LastEntry(ticket);
        Assert.Equal((ActivityKind.PriorityChanged, "Major", "Critical1", "SystemAvailability"), (entry.Kind, entry.From, entry.To, entry.Text));
    }

    [Fact]
    public void Setting_the_same_priority_again_records_nothing()
    {
        var ticket = _desk.Walk(TicketType.NonSoftwareDefect, TicketStatus.InProgress);
        var entries = ticket.Activities.Count;

        Expect.Success(ticket.SetPriority(Agent, FaultCategory.SoftwareUsability, Priority.Major, _desk.Tick()));

        Assert.Equal(entries, ticket.Activities.Count);
    }

    [Fact]
    public void Priority_does_not_change_once_the_defect_is_resolved()
    {
        var ticket = _desk.Walk(TicketType.NonSoftwareDefect, TicketStatus.Resolved);

        Expect.Refused(ticket, Expect.WrongStatus,
            () => ticket.SetPriority(Agent, FaultCategory.SoftwareUsability, Priority.Minor, _desk.Tick()));
    }
}
