using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Organizations;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 9: opening an escalation, raising it level by level, notes, resolving it, and the chain.</summary>
public sealed class EscalationTests
{
    private static readonly DateTimeOffset Now = TicketBuilder.Start;
    private static readonly EscalatedTicket TicketOfAlpha = new(1042, OrganizationId, SupportTeam.Dach, IsClosed: false);
    private static readonly EscalationContact TeamLead = new("Team Lead DACH", "team-lead-dach@example.test", Language.German, "Europe/Berlin");
    private static readonly EscalationContact HeadOfSupport = new("Head of Support", "head-of-support@example.test", Language.English, "Europe/Berlin");

    private static Escalation Opened(Actor? by = null) =>
        Escalation.Open(TicketOfAlpha, by ?? Contact, EscalationReason.TicketHandling, "No answer for a week.", TeamLead, Now).Value;

    [Fact]
    public void A_contact_escalates_at_level_0_with_an_owner_of_that_level_and_alerts_it()
    {
        var escalation = Opened();
        Assert.Equal((0, EscalationState.Open, "Team Lead DACH", Contact.Name), (escalation.Level, escalation.State, escalation.OwnerName, escalation.RaisedByName));
        var step = Assert.Single(escalation.Steps);
        Assert.Equal((EscalationStepKind.Opened, EscalationReason.TicketHandling, "No answer for a week."), (step.Kind, step.Reason, step.Text));
        var reached = Assert.IsType<EscalationLevelReached>(Assert.Single(escalation.DomainEvents));
        Assert.Equal((1042L, 0), (reached.TicketId, reached.Level));
    }

    [Fact]
    public void An_agent_escalates_on_a_contacts_behalf_and_the_service_on_a_breach()
    {
        Assert.Equal(Agent.Name, Opened(Agent).RaisedByName);
        Assert.Equal(ActorKind.System, Opened(Actor.System).RaisedByKind);
    }

    [Fact]
    public void Partner_systems_and_contacts_of_other_organisations_cannot_escalate()
    {
        var stranger = new Actor(ActorKind.Contact, Guid.NewGuid(), "Stranger", Guid.NewGuid());
        Assert.Equal(EscalationErrors.CustomersOrAgentsOnly, Escalation.Open(TicketOfAlpha, Partner, EscalationReason.ProductQuality, "x", null, Now).Error);
        Assert.Equal(EscalationErrors.CustomersOrAgentsOnly, Escalation.Open(TicketOfAlpha, stranger, EscalationReason.ProductQuality, "x", null, Now).Error);
    }

    [Fact]
    public void A_closed_ticket_cannot_be_escalated_and_a_description_is_required()
    {
        Assert.Equal(EscalationErrors.TicketClosed, Escalation.Open(TicketOfAlpha with { IsClosed = true }, Contact, EscalationReason.ProductQuality, "x", null, Now).Error);
        Assert.Equal("escalation.text_required", Escalation.Open(TicketOfAlpha, Contact, EscalationReason.ProductQuality, " ", null, Now).Error!.Code);
    }

    [Fact]
    public void The_callers_request_id_is_kept_with_the_step_it_opened_or_raised()
    {
        var escalation = Escalation.Open(TicketOfAlpha, Contact, EscalationReason.TicketHandling, "No answer.", TeamLead, Now, requestId: "press-1").Value;
        Expect.Success(escalation.Raise(Contact, EscalationReason.TicketHandling, "Still no answer.", HeadOfSupport, Now, requestId: "press-2"));
        Expect.Success(escalation.AddNote(Agent, "Called back.", Now));
        Assert.Equal(["press-1", "press-2", null], escalation.Steps.Select(s => s.RequestId));
    }

    [Fact]
    public void Raising_goes_one_level_up_records_who_and_why_and_hands_over_to_the_next_owner()
    {
        var escalation = Opened();
        escalation.ClearDomainEvents();
        Expect.Success(escalation.Raise(Agent, EscalationReason.RestorationTimeExceeded, "Still down after two days.", HeadOfSupport, Now.AddHours(1)));
        Assert.Equal((1, "Head of Support", Now.AddHours(1)), (escalation.Level, escalation.OwnerName, escalation.LevelReachedAt));
        var step = escalation.Steps[^1];
        Assert.Equal((EscalationStepKind.Raised, 1, EscalationReason.RestorationTimeExceeded, Agent.Name, "Still down after two days."),
            (step.Kind, step.Level, step.Reason, step.ActorName, step.Text));
        Assert.Equal(1, Assert.IsType<EscalationLevelReached>(Assert.Single(escalation.DomainEvents)).Level);
    }

    [Fact]
    public void The_board_is_the_highest_level()
    {
        var escalation = Opened();
        for (var level = 1; level <= Escalation.TopLevel; level++)
            Expect.Success(escalation.Raise(Contact, EscalationReason.TicketHandling, $"Level {level}", null, Now));
        Assert.Null(escalation.NextLevel);
        Assert.Equal(EscalationErrors.TopLevel, escalation.Raise(Contact, EscalationReason.TicketHandling, "Higher", null, Now).Error);
        Assert.Equal(Escalation.TopLevel, escalation.Level);
    }

    [Fact]
    public void Agents_record_what_was_done_and_resolve_with_the_outcome()
    {
        var escalation = Opened();
        Assert.Equal(EscalationErrors.AgentsOnly, escalation.AddNote(Contact, "Called the customer.", Now).Error);
        Expect.Success(escalation.AddNote(Agent, "Called the customer.", Now));
        Assert.Equal(EscalationErrors.AgentsOnly, escalation.Resolve(Contact, "Fixed.", Now).Error);
        Expect.Success(escalation.Resolve(Agent, "Hotfix installed; customer satisfied.", Now.AddDays(1)));
        Assert.Equal((EscalationState.Resolved, "Hotfix installed; customer satisfied.", Now.AddDays(1)), (escalation.State, escalation.Outcome, escalation.ResolvedAt));
        Assert.Equal([EscalationStepKind.Opened, EscalationStepKind.Note, EscalationStepKind.Resolved], escalation.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void A_resolved_escalation_is_neither_raised_nor_resolved_again()
    {
        var escalation = Opened();
        Expect.Success(escalation.Resolve(Agent, "Done.", Now));
        Assert.Equal(EscalationErrors.Resolved, escalation.Raise(Contact, EscalationReason.TicketHandling, "Again", null, Now).Error);
        Assert.Equal(EscalationErrors.Resolved, escalation.Resolve(Agent, "Done again.", Now).Error);
    }

    [Fact]
    public void Administrators_maintain_the_named_contacts_of_a_level()
    {
        var level = EscalationLevel.Create(1, [HeadOfSupport], Now).Value;
        Assert.Equal("Head of support", level.Title);
        var administrator = Agent with { Roles = AgentRoles.Agent | AgentRoles.Administrator };
        Assert.Equal(EscalationErrors.AdministratorsOnly, level.ReplaceContacts(Agent, [], Now).Error);
        Assert.Equal(EscalationErrors.DuplicateContact, level.ReplaceContacts(administrator, [HeadOfSupport, HeadOfSupport with { Name = "Deputy" }], Now).Error);
        Expect.Success(level.ReplaceContacts(administrator, [TeamLead, HeadOfSupport], Now));
        Assert.Equal(["Team Lead DACH", "Head of Support"], level.Contacts.Select(c => c.Name));
        Assert.Equal(2, Assert.IsType<EscalationContactsReplaced>(Assert.Single(level.DomainEvents)).Contacts);
        Assert.Equal(EscalationErrors.UnknownLevel, EscalationLevel.Create(4, [], Now).Error);
    }
}
