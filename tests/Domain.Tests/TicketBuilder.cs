using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;
using Xunit;

namespace ServiceDesk.Domain.Tests;

/// <summary>The people in the tests: a DACH support agent, and a contact and a partner system of one DACH organisation.</summary>
public static class People
{
    public static readonly Guid OrganizationId = Guid.Parse("3d1c0000-0000-4000-8000-000000000001");

    public static Actor Agent { get; } = new(ActorKind.Agent, Guid.Parse("3d1c0000-0000-4000-8000-0000000000a1"), "Anna Berger",
        Team: SupportTeam.Dach, Department: Department.Support, Roles: AgentRoles.Agent);

    public static Actor Contact { get; } = new(ActorKind.Contact, Guid.Parse("3d1c0000-0000-4000-8000-0000000000c1"), "Carla Contact", OrganizationId);

    public static Actor Partner { get; } = new(ActorKind.Partner, Guid.Parse("3d1c0000-0000-4000-8000-0000000000b1"), "Campus LMS", OrganizationId);

    /// <summary>Ten hours of extended support budget left: enough to forward a Consulting Request.</summary>
    public static BudgetBalance BudgetLeft { get; } = new(TopUpMinutes: 600, UsedMinutes: 0);

    public static Reporter ReporterFor(Actor customer) => new(customer.Id, customer.Name, customer.Kind, OrganizationId, SupportTeam.Dach);
}

/// <summary>
/// Opens tickets and walks them along the usual path to a given point, one clock minute per step,
/// so a test only writes the step it is about. Every step of a walk must succeed.
/// </summary>
public sealed class TicketBuilder
{
    /// <summary>A Monday morning.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private long _nextNumber = 1042;

    public FakeTimeProvider Clock { get; } = new(Start);

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Moves the clock a minute on, so every step has a time of its own.</summary>
    public DateTimeOffset Tick()
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        return Now;
    }

    public Ticket Open(TicketType type = TicketType.Request, NewTicket? draft = null, Channel channel = Channel.Portal,
        Actor? reporter = null, Actor? recordedBy = null)
    {
        var customer = reporter ?? People.Contact;
        draft ??= new NewTicket("Export stops halfway", "The CSV export of the course list stops at 50 %.");
        return Ticket.Open(_nextNumber++, type, draft, People.ReporterFor(customer), recordedBy ?? customer, channel, Tick());
    }

    /// <summary>
    /// A ticket of the given type in the given status, reached the usual way: opened as an Incident (defects) or a Request,
    /// accepted, reviewed and reclassified, then worked, delivered, resolved or closed as its type's workflow says.
    /// </summary>
    public Ticket Walk(TicketType type, TicketStatus to)
    {
        var ticket = Open(type.IsIntake() ? type : type.IsDefect() ? TicketType.Incident : TicketType.Request);
        if (to is TicketStatus.Opened)
            return type.IsIntake() ? ticket : throw Unreachable(type, to);

        Ok(ticket.Accept(People.Agent, Tick()));
        if (to is TicketStatus.PreCheck)
        {
            Reclassify(ticket, type);
            return ticket;
        }

        Ok(ticket.StartReview(People.Agent, Tick()));
        Reclassify(ticket, type);
        switch (to)
        {
            case TicketStatus.InReview:
                break;
            case TicketStatus.ClarificationRequired:
                Ok(ticket.RequestClarification(People.Agent, "Which browser do you use?", Tick()));
                break;
            case TicketStatus.EstimationInProgress or TicketStatus.EstimationAvailable or TicketStatus.Ordered when type is TicketType.Customisation:
                Estimate(ticket, to);
                break;
            case TicketStatus.InProgress:
                StartWork(ticket);
                break;
            case TicketStatus.DeliveryPending:
                StartWork(ticket);
                Ok(ticket.SetFixVersion(People.Agent, UsualFixVersion(type), Tick()));
                break;
            case TicketStatus.Resolved when !type.IsIntake():
                ResolveAsUsual(ticket);
                break;
            case TicketStatus.Closed when type is TicketType.Customisation:
                StartWork(ticket);
                Ok(ticket.SetFixVersion(People.Agent, FixVersion.Custom, Tick()));
                Ok(ticket.MarkDelivered(People.Agent, Tick()));
                break;
            case TicketStatus.Closed when type.IsIntake():
                Ok(ticket.Withdraw(People.Contact, "Not needed any more.", Tick()));
                break;
            case TicketStatus.Closed:
                ResolveAsUsual(ticket);
                Ok(ticket.ConfirmResolution(People.Contact, Tick()));
                break;
            default:
                throw Unreachable(type, to);
        }
        return Arrived(ticket, type, to);
    }

    /// <summary>What a ticket in review needs before work may start: priority and reproduction for defects, an order and an approved concept for customisations.</summary>
    public void PrepareForProgress(Ticket ticket)
    {
        switch (ticket.Type)
        {
            case TicketType.SoftwareDefect:
                Ok(ticket.SetPriority(People.Agent, FaultCategory.SoftwareUsability, Priority.Major, Tick()));
                Ok(ticket.MarkReproduced(People.Agent, Tick()));
                break;
            case TicketType.NonSoftwareDefect:
                Ok(ticket.SetPriority(People.Agent, FaultCategory.SoftwareUsability, Priority.Major, Tick()));
                break;
            case TicketType.Customisation:
                Estimate(ticket, TicketStatus.Ordered);
                Ok(ticket.ApproveConcept(People.Contact, Tick()));
                break;
        }
    }

    public static FixVersion UsualFixVersion(TicketType type) =>
        type is TicketType.SoftwareDefect ? FixVersion.Parse("7.4.12").Value : FixVersion.Custom;

    private void StartWork(Ticket ticket)
    {
        PrepareForProgress(ticket);
        Ok(ticket.StartProgress(People.Agent, Tick()));
    }

    private void Estimate(Ticket ticket, TicketStatus to)
    {
        Ok(ticket.RequestEstimation(People.Agent, Tick()));
        if (to is TicketStatus.EstimationInProgress) return;
        Ok(ticket.ProvideEstimation(People.Agent, "Five days of development.", Tick()));
        if (to is TicketStatus.EstimationAvailable) return;
        Ok(ticket.RecordOrder(People.Agent, Tick()));
    }

    private void ResolveAsUsual(Ticket ticket)
    {
        switch (ticket.Type)
        {
            case TicketType.SoftwareDefect:
                StartWork(ticket);
                Ok(ticket.SetFixVersion(People.Agent, UsualFixVersion(ticket.Type), Tick()));
                Ok(ticket.MarkDelivered(People.Agent, Tick()));
                break;
            case TicketType.NonSoftwareDefect:
                StartWork(ticket);
                Ok(ticket.Resolve(People.Agent, Resolution.Fixed, null, Tick()));
                break;
            case TicketType.ConsultingRequest or TicketType.SupportRequest:
                Ok(ticket.Resolve(People.Agent, Resolution.Answered, null, Tick()));
                break;
            case TicketType.Suggestion:
                Ok(ticket.Resolve(People.Agent, Resolution.ForwardedToProductManagement, null, Tick()));
                break;
            default:
                throw Unreachable(ticket.Type, TicketStatus.Resolved);
        }
    }

    private void Reclassify(Ticket ticket, TicketType type)
    {
        if (type != ticket.Type) Ok(ticket.Reclassify(People.Agent, type, Tick()));
    }

    private static Ticket Arrived(Ticket ticket, TicketType type, TicketStatus to) =>
        ticket.Type == type && ticket.Status == to ? ticket : throw Unreachable(type, to);

    private static void Ok(Result result)
    {
        if (result.IsFailure) throw new InvalidOperationException($"A step of the walk was refused: {result.Error}");
    }

    private static InvalidOperationException Unreachable(TicketType type, TicketStatus to) =>
        new($"The builder has no usual path to a {type} in status {to}.");
}

/// <summary>Assertions on the outcome of a verb.</summary>
public static class Expect
{
    public const string WrongStatus = "ticket.wrong_status";
    public const string WrongType = "ticket.wrong_type";

    public static void Success(Result result) => Assert.True(result.IsSuccess, $"Refused: {result.Error}");

    public static void Refused(Ticket ticket, DomainError error, Func<Result> verb) => Refused(ticket, error.Code, verb);

    /// <summary>The verb is refused with the code, and the refusal leaves no trace on the ticket.</summary>
    public static DomainError Refused(Ticket ticket, string code, Func<Result> verb)
    {
        var (status, type, entries, events, updatedAt) = (ticket.Status, ticket.Type, ticket.Activities.Count, ticket.DomainEvents.Count, ticket.UpdatedAt);
        var result = verb();
        Assert.True(result.IsFailure, $"Expected the refusal {code}, but the verb succeeded.");
        Assert.Equal(code, result.Error!.Code);
        Assert.Equal((status, type, entries, events, updatedAt),
            (ticket.Status, ticket.Type, ticket.Activities.Count, ticket.DomainEvents.Count, ticket.UpdatedAt));
        return result.Error;
    }

    public static TicketActivity LastEntry(Ticket ticket) => ticket.Activities[^1];

    /// <summary>The last entry is the status change from one status to the other, at the time given.</summary>
    public static void MovedTo(Ticket ticket, TicketStatus from, TicketStatus to, DateTimeOffset at)
    {
        Assert.Equal(to, ticket.Status);
        var entry = LastEntry(ticket);
        Assert.Equal((ActivityKind.StatusChanged, from.ToString(), to.ToString(), at), (entry.Kind, entry.From, entry.To, entry.At));
    }
}
