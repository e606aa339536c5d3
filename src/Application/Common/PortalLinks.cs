using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Common;

/// <summary>Links into the customer portal, from the configured <c>Portal:BaseUrl</c>.</summary>
public sealed record PortalLinks(Uri BaseUrl)
{
    public string Ticket(long id) => new Uri(BaseUrl, "tickets/" + Domain.Tickets.Ticket.FormatKey(id)).ToString();
}
