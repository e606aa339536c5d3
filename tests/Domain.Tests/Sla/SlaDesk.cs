using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Domain.Tests.Sla;

/// <summary>
/// A ticket on a fake clock, worked the way the handlers work it: each verb, then its clocks brought up to date
/// with the organisation's terms. Defects are opened as incidents, accepted, reviewed and reclassified.
/// </summary>
public sealed class SlaDesk(SlaTerms terms, DateTimeOffset start)
{
    public static readonly Actor Administrator = People.Agent with { Roles = AgentRoles.Agent | AgentRoles.Administrator };

    private long _number = 7000;

    public FakeTimeProvider Clock { get; } = new(start);
    public DateTimeOffset Now => Clock.GetUtcNow();
    public SlaTerms Terms { get; set; } = terms;

    public void Wait(TimeSpan span) => Clock.Advance(span);

    public Ticket Receive(TicketType type = TicketType.Incident, bool systemUnusable = false)
    {
        var draft = new NewTicket("Course import fails", "The nightly import stops with an error.", SystemUnusable: systemUnusable);
        var ticket = Ticket.Open(_number++, type, draft, People.ReporterFor(People.Contact), People.Contact, Channel.Portal, Now);
        ticket.UpdateServiceLevel(Terms, Now);
        return ticket;
    }

    public void Do(Ticket ticket, Func<Ticket, DateTimeOffset, Result> verb)
    {
        Expect.Success(verb(ticket, Now));
        ticket.UpdateServiceLevel(Terms, Now);
    }

    /// <summary>Accepted now, reviewed, reclassified as a Software Defect and given the priority.</summary>
    public void AcceptAsDefect(Ticket ticket, Priority priority)
    {
        Do(ticket, (t, now) => t.Accept(People.Agent, now));
        Do(ticket, (t, now) => t.StartReview(People.Agent, now));
        Do(ticket, (t, now) => t.Reclassify(People.Agent, TicketType.SoftwareDefect, now));
        SetPriority(ticket, priority);
    }

    public void SetPriority(Ticket ticket, Priority priority) =>
        Do(ticket, (t, now) => t.SetPriority(People.Agent, priority is Priority.Critical1 ? FaultCategory.SystemAvailability : FaultCategory.SoftwareUsability, priority, now));

    public void Sweep(Ticket ticket) => ticket.RunDueTimers(Terms, Now);

    public ServiceLevel Read(Ticket ticket) => ticket.ReadServiceLevel(Terms.Calendar, Now);
}
