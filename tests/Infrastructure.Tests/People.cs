using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>The actors of the tests and the tickets they open.</summary>
internal static class People
{
    public static Actor Contact(Guid organizationId, string name = "Chris Contact") =>
        new(ActorKind.Contact, Guid.NewGuid(), name, organizationId);

    public static Actor SupportAgent() =>
        new(ActorKind.Agent, Guid.NewGuid(), "Alex Agent", Team: SupportTeam.Dach, Department: Department.Support, Roles: AgentRoles.Agent);

    public static Ticket OpenIncident(this Actor contact, long number, DateTimeOffset now, string title = "Printer jams",
        string description = "The printer on the third floor jams.", IncidentDetails? details = null, string? requestId = null) =>
        Ticket.Open(number, TicketType.Incident, new NewTicket(title, description, Details: details, RequestId: requestId),
            new Reporter(contact.Id, contact.Name, contact.Kind, contact.OrganizationId!.Value, SupportTeam.Dach),
            contact, Channel.Portal, now);
}
