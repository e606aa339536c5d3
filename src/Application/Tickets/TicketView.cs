using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets;

/// <summary>A ticket as one reader may see it: internal comments and their files only for agents.</summary>
public sealed record TicketView(Ticket Ticket, Actor Viewer)
{
    public IEnumerable<TicketActivity> Activities => Ticket.ActivityVisibleTo(Viewer);

    public IEnumerable<TicketAttachment> Attachments => Ticket.Attachments.Where(a => Viewer.IsAgent || !a.IsInternal);

    /// <summary>The SLA clocks read when the view was made (see <see cref="Sla.SlaTermsSource.ViewAsync"/>).</summary>
    public ServiceLevel? ServiceLevel { get; init; }

    public string Etag => Ticket.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
