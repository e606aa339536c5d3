using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC sections 2 and 3: what a new ticket keeps of what the customer filled in.</summary>
public sealed class OpeningTests
{
    private static readonly NewTicket Everything = new(
        "  Login fails  ", "Nobody can sign in since 8:00.",
        YourReference: "INC-77",
        Product: "Learning Suite",
        Details: new IncidentDetails(Url: "https://lms.example.org/login", StepsToReproduce: "Open the login page"),
        SystemUnusable: true,
        ShareWith: ShareWith.OnlyMe,
        Confidential: true);

    private readonly TicketBuilder _desk = new();

    [Fact]
    public void Opened_ticket_starts_in_Opened_with_a_Created_entry_and_a_TicketCreated_event()
    {
        var ticket = _desk.Open(TicketType.Incident, Everything);

        Assert.Equal(TicketStatus.Opened, ticket.Status);
        Assert.Equal("Login fails", ticket.Title);
        Assert.Equal((_desk.Now, _desk.Now), (ticket.CreatedAt, ticket.UpdatedAt));
        var created = Assert.Single(ticket.Activities);
        Assert.Equal((ActivityKind.Created, Contact.Id, "Opened", _desk.Now, false),
            (created.Kind, created.ActorId, created.To, created.At, created.IsInternal));
        Assert.Contains(new TicketCreated(ticket.Id, OrganizationId, TicketType.Incident, true, _desk.Now), ticket.DomainEvents);
    }

    [Fact]
    public void Portal_ticket_keeps_the_sharing_and_confidentiality_the_contact_chose()
    {
        var ticket = _desk.Open(TicketType.Request, Everything, Channel.Portal);

        Assert.Equal(ShareWith.OnlyMe, ticket.ShareWith);
        Assert.True(ticket.IsConfidential);
    }

    [Fact]
    public void Email_ticket_is_always_shared_with_the_organisation_and_never_confidential()
    {
        var ticket = _desk.Open(TicketType.Request, Everything, Channel.Email);

        Assert.Equal(Channel.Email, ticket.Channel);
        Assert.Equal(ShareWith.Organization, ticket.ShareWith);
        Assert.False(ticket.IsConfidential);
    }

    [Fact]
    public void Email_ticket_is_always_a_request() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _desk.Open(TicketType.Incident, Everything, Channel.Email));

    [Fact]
    public void Incident_keeps_its_product_details_and_system_unusable_flag()
    {
        var ticket = _desk.Open(TicketType.Incident, Everything);

        Assert.Equal("Learning Suite", ticket.Product);
        Assert.Equal(Everything.Details, ticket.Details);
        Assert.True(ticket.SystemUnusable);
        Assert.Equal("INC-77", ticket.YourReference);
    }

    [Fact]
    public void Request_drops_product_details_and_system_unusable_flag()
    {
        var ticket = _desk.Open(TicketType.Request, Everything);

        Assert.Null(ticket.Product);
        Assert.Equal(IncidentDetails.None, ticket.Details);
        Assert.False(ticket.SystemUnusable);
        Assert.Equal("INC-77", ticket.YourReference);
    }

    [Theory]
    [InlineData(TicketType.SoftwareDefect)]
    [InlineData(TicketType.NonSoftwareDefect)]
    [InlineData(TicketType.ConsultingRequest)]
    [InlineData(TicketType.SupportRequest)]
    [InlineData(TicketType.Customisation)]
    [InlineData(TicketType.Suggestion)]
    [InlineData(TicketType.Delivery)]
    public void Customers_open_only_incidents_and_requests(TicketType type) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _desk.Open(type));

    [Fact]
    public void Phone_ticket_is_reported_by_the_contact_and_recorded_by_the_agent_who_took_the_call()
    {
        var ticket = _desk.Open(TicketType.Incident, channel: Channel.Phone, recordedBy: Agent);

        Assert.Equal((Contact.Id, ActorKind.Contact, Agent.Id), (ticket.ReporterId, ticket.ReporterKind, ticket.RecordedById));
        Assert.Equal(Agent.Id, Assert.Single(ticket.Activities).ActorId);
    }

    [Fact]
    public void Ticket_belongs_to_the_team_responsible_for_the_organisations_region()
    {
        var ticket = _desk.Open(reporter: Partner);

        Assert.Equal((OrganizationId, SupportTeam.Dach, SupportTeam.Dach, ActorKind.Partner),
            (ticket.OrganizationId, ticket.ResponsibleTeam, ticket.Team, ticket.ReporterKind));
    }
}
