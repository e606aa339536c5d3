namespace ServiceDesk.Application.Common;

/// <summary>Links into the customer portal, from the configured <c>Portal:BaseUrl</c>.</summary>
public sealed record PortalLinks(Uri BaseUrl)
{
    /// <summary>The base is a folder: a missing trailing slash is added, so relative links keep its path.</summary>
    public static PortalLinks From(string baseUrl) => new(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute));

    public string Ticket(long id) => new Uri(BaseUrl, "tickets/" + Domain.Tickets.Ticket.FormatKey(id)).ToString();
}
