using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>Rules every verb shares: who may call it, and that each change is recorded in the activity stream.</summary>
public sealed class VerbTests
{
    private sealed record Verb(TicketType Type, TicketStatus Status, bool AgentsOnly, Func<Ticket, Actor, DateTimeOffset, Result> Call);

    private static readonly StoredFile Screenshot = new("screenshot.png", "image/png", 2048, "sha256:ab12");

    /// <summary>Each verb with a ticket on which an agent may call it.</summary>
    private static readonly Dictionary<string, Verb> Verbs = new()
    {
        ["Accept"] = new(TicketType.Request, TicketStatus.Opened, true, (t, a, now) => t.Accept(a, now)),
        ["StartReview"] = new(TicketType.Request, TicketStatus.PreCheck, true, (t, a, now) => t.StartReview(a, now)),
        ["RequestClarification"] = new(TicketType.Request, TicketStatus.InReview, true, (t, a, now) => t.RequestClarification(a, "Which browser?", now)),
        ["Reclassify"] = new(TicketType.Request, TicketStatus.InReview, true, (t, a, now) => t.Reclassify(a, TicketType.SupportRequest, now)),
        ["SetPriority"] = new(TicketType.SoftwareDefect, TicketStatus.InReview, true,
            (t, a, now) => t.SetPriority(a, FaultCategory.SoftwareUsability, Priority.Minor, now)),
        ["MarkReproduced"] = new(TicketType.SoftwareDefect, TicketStatus.InReview, true, (t, a, now) => t.MarkReproduced(a, now)),
        ["StartProgress"] = new(TicketType.ConsultingRequest, TicketStatus.InReview, true, (t, a, now) => t.StartProgress(a, now)),
        ["ForwardTo"] = new(TicketType.ConsultingRequest, TicketStatus.InReview, true, (t, a, now) => t.ForwardTo(a, Department.ManagedServices, People.BudgetLeft, now)),
        ["SetFixVersion"] = new(TicketType.SoftwareDefect, TicketStatus.InProgress, true, (t, a, now) => t.SetFixVersion(a, FixVersion.Custom, now)),
        ["MarkDelivered"] = new(TicketType.SoftwareDefect, TicketStatus.DeliveryPending, true, (t, a, now) => t.MarkDelivered(a, now)),
        ["Resolve"] = new(TicketType.SupportRequest, TicketStatus.InReview, true, (t, a, now) => t.Resolve(a, Resolution.Answered, null, now)),
        ["CloseAsDuplicate"] = new(TicketType.Request, TicketStatus.InReview, true, (t, a, now) => t.CloseAsDuplicate(a, 1, now)),
        ["RequestEstimation"] = new(TicketType.Customisation, TicketStatus.InReview, true, (t, a, now) => t.RequestEstimation(a, now)),
        ["ProvideEstimation"] = new(TicketType.Customisation, TicketStatus.EstimationInProgress, true, (t, a, now) => t.ProvideEstimation(a, null, now)),
        ["RecordOrder"] = new(TicketType.Customisation, TicketStatus.EstimationAvailable, true, (t, a, now) => t.RecordOrder(a, now)),
        ["RecordNotOrdered"] = new(TicketType.Customisation, TicketStatus.EstimationAvailable, true, (t, a, now) => t.RecordNotOrdered(a, now)),
        ["Assign"] = new(TicketType.Request, TicketStatus.InReview, true, (t, a, now) => t.Assign(a, Guid.NewGuid(), "Ben Colleague", now)),
        ["Comment"] = new(TicketType.Request, TicketStatus.InReview, false, (t, a, now) => Plain(t.Comment(a, "Any news?", false, now))),
        ["ConfirmResolution"] = new(TicketType.SupportRequest, TicketStatus.Resolved, false, (t, a, now) => t.ConfirmResolution(a, now)),
        ["Reopen"] = new(TicketType.SupportRequest, TicketStatus.Resolved, false, (t, a, now) => t.Reopen(a, "Still broken.", now)),
        ["Withdraw"] = new(TicketType.Request, TicketStatus.InReview, false, (t, a, now) => t.Withdraw(a, null, now)),
        ["ApproveConcept"] = new(TicketType.Customisation, TicketStatus.Ordered, false, (t, a, now) => t.ApproveConcept(a, now)),
        ["Edit"] = new(TicketType.Request, TicketStatus.InReview, false, (t, a, now) => t.Edit(a, new TicketEdit(Title: "Export stops at 50 %"), now)),
        ["AddParticipant"] = new(TicketType.Request, TicketStatus.InReview, false, (t, a, now) => t.AddParticipant(a, Guid.NewGuid(), "Dora Colleague", now)),
        ["AddAttachment"] = new(TicketType.Request, TicketStatus.InReview, false, (t, a, now) =>
        {
            t.AddAttachment(a, Screenshot, null, now);
            return Result.Success;
        }),
    };

    public static TheoryData<string, ActorKind> AgentVerbsAndCustomers()
    {
        var data = new TheoryData<string, ActorKind>();
        foreach (var (name, _) in Verbs.Where(v => v.Value.AgentsOnly))
        {
            data.Add(name, ActorKind.Contact);
            data.Add(name, ActorKind.Partner);
        }
        return data;
    }

    public static TheoryData<string> AllVerbs()
    {
        var data = new TheoryData<string>();
        foreach (var name in Verbs.Keys) data.Add(name);
        return data;
    }

    private readonly TicketBuilder _desk = new();

    [Theory]
    [MemberData(nameof(AgentVerbsAndCustomers))]
    public void Customers_cannot_call_agent_verbs(string verb, ActorKind customerKind)
    {
        var (type, status, _, call) = Verbs[verb];
        var ticket = _desk.Walk(type, status);
        var customer = customerKind is ActorKind.Contact ? Contact : Partner;

        var error = Expect.Refused(ticket, "ticket.agents_only", () => call(ticket, customer, _desk.Tick()));

        Assert.Equal(ErrorKind.Forbidden, error.Kind);
        Expect.Success(call(ticket, Agent, _desk.Tick()));
    }

    [Theory]
    [MemberData(nameof(AllVerbs))]
    public void Every_change_records_an_activity_entry_at_its_time_and_announces_it(string verb)
    {
        var (type, status, _, call) = Verbs[verb];
        var ticket = _desk.Walk(type, status);
        var before = ticket.Activities.Count;
        var now = _desk.Tick();

        Expect.Success(call(ticket, Agent, now));

        var added = ticket.Activities.Skip(before).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, entry => Assert.Equal((now, Agent.Id), (entry.At, entry.ActorId)));
        Assert.All(added, entry => Assert.Contains(ticket.DomainEvents, e => e is TicketActivityRecorded r && r.ActivityId == entry.Id));
        Assert.Equal(now, ticket.UpdatedAt);
    }

    [Theory]
    [InlineData(ActorKind.Contact)]
    [InlineData(ActorKind.Partner)]
    public void Customers_cannot_write_internal_comments(ActorKind customerKind)
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);
        var customer = customerKind is ActorKind.Contact ? Contact : Partner;

        var error = Expect.Refused(ticket, TicketErrors.InternalCommentByCustomer.Code,
            () => Plain(ticket.Comment(customer, "Psst.", isInternal: true, _desk.Tick())));

        Assert.Equal(ErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public void Agent_writes_an_internal_comment()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);

        var comment = ticket.Comment(Agent, "Customer runs an old patch level.", isInternal: true, _desk.Tick());

        Assert.True(comment.IsSuccess);
        Assert.True(comment.Value.IsInternal);
    }

    [Theory]
    [InlineData(ActorKind.Contact, false)]
    [InlineData(ActorKind.Agent, false)]
    [InlineData(ActorKind.Agent, true)]
    public void Closed_ticket_accepts_no_comment(ActorKind authorKind, bool isInternal)
    {
        var ticket = _desk.Walk(TicketType.SupportRequest, TicketStatus.Closed);
        var author = authorKind is ActorKind.Agent ? Agent : Contact;

        Expect.Refused(ticket, TicketErrors.Closed, () => Plain(ticket.Comment(author, "One more thing.", isInternal, _desk.Tick())));
    }

    private static Result Plain<T>(Result<T> result) => result.IsSuccess ? Result.Success : Result.Fail(result.Error!);
}
