using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Sla;

/// <summary>
/// Builds an organisation's <see cref="SlaTerms"/> (time zone, holiday calendar, contract versions, defaults) once per
/// scope: a request, or one sweep, asks for the same organisations again and again.
/// </summary>
public sealed class SlaTermsSource(
    IOrganizationRepository organizations,
    ISlaContractRepository contracts,
    IHolidayCalendarRepository calendars,
    SlaDefaults defaults)
{
    private readonly Dictionary<Guid, SlaTerms> _terms = [];

    public async Task<SlaTerms> ForAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        if (_terms.TryGetValue(organizationId, out var known)) return known;
        var organization = await organizations.FindAsync(organizationId, cancellationToken)
            ?? throw new InvalidOperationException($"Organisation {organizationId} of a ticket does not exist.");
        var history = await contracts.HistoryAsync(organizationId, cancellationToken);
        var calendarId = history.Count > 0 ? history[^1].HolidayCalendarId : null;
        var holidays = calendarId is null ? null : await calendars.FindAsync(calendarId, cancellationToken);
        var calendar = new ServiceCalendar(TimeZoneInfo.FindSystemTimeZoneById(organization.TimeZoneId), holidays?.HolidayDates() ?? new HashSet<DateOnly>());
        return _terms[organizationId] = new SlaTerms(calendar, history, defaults.ToTargets());
    }

    /// <summary>Brings the ticket's clocks up to <paramref name="now"/>: after every change, before it is saved.</summary>
    public async Task UpdateAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken) =>
        ticket.UpdateServiceLevel(await ForAsync(ticket.OrganizationId, cancellationToken), now);

    /// <summary>The ticket as the viewer sees it, with its clocks read at <paramref name="now"/>.</summary>
    public async Task<TicketView> ViewAsync(Ticket ticket, Actor viewer, DateTimeOffset now, CancellationToken cancellationToken) =>
        new(ticket, viewer) { ServiceLevel = ticket.ReadServiceLevel((await ForAsync(ticket.OrganizationId, cancellationToken)).Calendar, now) };
}
