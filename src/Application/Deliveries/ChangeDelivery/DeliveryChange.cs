using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Application.Deliveries.ChangeDelivery;

/// <summary>What a change may use besides the delivery: the caller, the time, its tickets and other records.</summary>
public sealed record DeliveryChangeContext(
    Actor Actor, DateTimeOffset Now, DeliveryTickets DeliveryTickets, ITicketRepository Tickets, IOrganizationRepository Organizations);

/// <summary>One change to a delivery; the records in <c>DeliverySteps.cs</c> name them all.</summary>
public abstract record DeliveryChange
{
    public abstract ValueTask<Result> ApplyAsync(Delivery delivery, DeliveryChangeContext context, CancellationToken cancellationToken);
}
