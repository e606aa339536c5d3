using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 3, Activity: comments and changes, newest first; internal comments never reach customers.</summary>
public sealed class ActivityStreamTests
{
    private static readonly StoredFile LogFile = new("server.log", "text/plain", 4096, "sha256:cd34");

    private readonly TicketBuilder _desk = new();
    private readonly Ticket _ticket;
    private readonly TicketActivity _internalNote;
    private readonly TicketActivity _latestAnswer;

    public ActivityStreamTests()
    {
        _ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);
        _internalNote = _ticket.Comment(Agent, "Probably the nightly import job.", isInternal: true, _desk.Tick()).Value;
        _ticket.AddAttachment(Agent, LogFile, _internalNote.Id, _desk.Tick());
        _ticket.Comment(Contact, "It happens every morning.", isInternal: false, _desk.Tick());
        _latestAnswer = _ticket.Comment(Agent, "We are looking into the import job.", isInternal: false, _desk.Tick()).Value;
    }

    [Fact]
    public void Customer_sees_no_internal_entries_and_the_newest_entry_first()
    {
        var visible = _ticket.ActivityVisibleTo(Contact).ToList();

        Assert.DoesNotContain(visible, entry => entry.IsInternal);
        Assert.Equal(_latestAnswer.Id, visible[0].Id);
        Assert.Equal(visible.OrderByDescending(entry => entry.At), visible);
        Assert.Equal(_ticket.Activities.Count(entry => !entry.IsInternal), visible.Count);
    }

    [Fact]
    public void Entries_recorded_at_the_same_instant_keep_the_order_they_happened_in()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.Opened);
        ticket.Accept(Agent, _desk.Tick());

        var newestFirst = ticket.ActivityVisibleTo(Agent).Take(2).Select(entry => entry.Kind).ToList();

        // Accept assigns the agent, then moves the ticket: the status change is the newer entry.
        Assert.Equal([ActivityKind.StatusChanged, ActivityKind.AssigneeChanged], newestFirst);
    }

    [Fact]
    public void Partner_system_sees_no_internal_entries_either()
    {
        Assert.DoesNotContain(_ticket.ActivityVisibleTo(Partner), entry => entry.IsInternal);
    }

    [Fact]
    public void Agent_sees_every_entry_including_internal_comments()
    {
        var visible = _ticket.ActivityVisibleTo(Agent).ToList();

        Assert.Equal(_ticket.Activities.Count, visible.Count);
        Assert.Contains(visible, entry => entry.Id == _internalNote.Id);
    }

    [Fact]
    public void Attachment_of_an_internal_comment_is_internal_too()
    {
        var attachment = Assert.Single(_ticket.Attachments);

        Assert.True(attachment.IsInternal);
        Assert.Equal(_internalNote.Id, attachment.ActivityId);
        Assert.DoesNotContain(_ticket.ActivityVisibleTo(Contact), entry => entry.Text == "server.log");
    }

    [Fact]
    public void Stream_starts_with_the_Created_entry()
    {
        var oldest = _ticket.ActivityVisibleTo(Contact).Last();

        Assert.Equal((ActivityKind.Created, TicketBuilder.Start.AddMinutes(1)), (oldest.Kind, oldest.At));
        Assert.Single(_ticket.Activities, entry => entry.Kind is ActivityKind.Created);
    }
}
