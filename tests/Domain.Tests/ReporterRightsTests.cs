using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>A colleague who sees a shared ticket reads and comments on it; its fields and its people are the reporter's and the agents'.</summary>
public sealed class ReporterRightsTests
{
    private const string ReporterOrAgentsOnly = "ticket.reporter_or_agents_only";
    private static readonly Actor Colleague = new(ActorKind.Contact, Guid.Parse("3d1c0000-0000-4000-8000-0000000000c2"), "Dora Colleague", OrganizationId);
    private static readonly Actor Neighbour = new(ActorKind.Contact, Guid.Parse("3d1c0000-0000-4000-8000-0000000000c3"), "Nils Neighbour", OrganizationId);

    private readonly TicketBuilder _desk = new();

    [Fact]
    public void Only_the_reporter_or_an_agent_edits_a_ticket()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);

        Expect.Refused(ticket, ReporterOrAgentsOnly, () => ticket.Edit(Colleague, new TicketEdit(Title: "Mine now"), _desk.Tick()));
        Expect.Success(ticket.Edit(Contact, new TicketEdit(Title: "Export stops at 50 %"), _desk.Tick()));
        Expect.Success(ticket.Edit(Agent, new TicketEdit(Title: "CSV export stops at 50 %"), _desk.Tick()));
    }

    [Fact]
    public void Only_the_reporter_or_an_agent_adds_participants()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);

        Expect.Refused(ticket, ReporterOrAgentsOnly, () => ticket.AddParticipant(Colleague, Colleague.Id, Colleague.Name, _desk.Tick()));
        Expect.Success(ticket.AddParticipant(Contact, Colleague.Id, Colleague.Name, _desk.Tick()));
        Expect.Success(ticket.AddParticipant(Agent, Neighbour.Id, Neighbour.Name, _desk.Tick()));
        Assert.Equal([Colleague.Id, Neighbour.Id], ticket.Participants.Select(p => p.AccountId));
    }

    [Fact]
    public void A_participant_may_leave_but_only_the_reporter_or_an_agent_removes_others()
    {
        var ticket = _desk.Walk(TicketType.Request, TicketStatus.InReview);
        Expect.Success(ticket.AddParticipant(Contact, Colleague.Id, Colleague.Name, _desk.Tick()));
        Expect.Success(ticket.AddParticipant(Contact, Neighbour.Id, Neighbour.Name, _desk.Tick()));

        Expect.Refused(ticket, ReporterOrAgentsOnly, () => ticket.RemoveParticipant(Colleague, Neighbour.Id, _desk.Tick()));
        Expect.Success(ticket.RemoveParticipant(Colleague, Colleague.Id, _desk.Tick()));
        Expect.Success(ticket.RemoveParticipant(Contact, Neighbour.Id, _desk.Tick()));
        Assert.Empty(ticket.Participants);
    }
}
