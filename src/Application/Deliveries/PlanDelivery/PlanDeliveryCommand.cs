using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Deliveries.PlanDelivery;

/// <summary>An agent plans a delivery of a patch version for an organisation; a retry with the same request id returns the first.</summary>
public sealed record PlanDeliveryCommand(Guid OrganizationId, string PatchVersion, DateOnly? EstimatedDate, string? RequestId) : ICommand<Result<DeliveryView>>;

public sealed class PlanDeliveryValidator : AbstractValidator<PlanDeliveryCommand>
{
    public PlanDeliveryValidator()
    {
        RuleFor(c => c.PatchVersion).NotEmpty().MaximumLength(TicketLimits.FixVersion);
        RuleFor(c => c.RequestId).MaximumLength(DeliveryLimits.RequestId);
    }
}

public sealed class PlanDeliveryHandler(
    ICurrentUser currentUser,
    IOrganizationRepository organizations,
    IDeliveryRepository deliveries,
    DeliveryTickets deliveryTickets,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<PlanDeliveryCommand, Result<DeliveryView>>
{
    public async ValueTask<Result<DeliveryView>> Handle(PlanDeliveryCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAgent) return AccessErrors.AgentsOnly;
        if (await FirstAsync(command, cancellationToken) is { } retried) return retried;
        if (await organizations.FindAsync(command.OrganizationId, cancellationToken) is not { } organization) return AccountErrors.OrganizationNotFound;
        var version = FixVersion.Parse(command.PatchVersion);
        if (version.IsFailure) return DeliveryErrors.PatchVersionRequired;

        var now = clock.GetUtcNow();
        var planned = Delivery.Plan(actor, DeliverySetup.Of(organization), version.Value, command.RequestId, now);
        if (planned.IsFailure) return planned.Error!;
        var delivery = planned.Value;
        if (command.EstimatedDate is { } date)
        {
            var estimated = delivery.SetEstimatedDate(actor, date, null, TimeZones.Today(organization.TimeZoneId, now), now);
            if (estimated.IsFailure) return estimated.Error!;
        }
        deliveries.Add(delivery);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateRequestException) when (command.RequestId is not null)
        {
            // A concurrent retry won the race: answer with its delivery.
            var first = await FirstAsync(command, cancellationToken);
            if (first is null) throw;
            return first;
        }
        return await deliveryTickets.ViewAsync(delivery, actor, cancellationToken);
    }

    private async Task<DeliveryView?> FirstAsync(PlanDeliveryCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(command.RequestId)) return null;
        var first = await deliveries.FindByRequestIdAsync(currentUser.Actor.Id, command.RequestId, cancellationToken);
        return first is null ? null : await deliveryTickets.ViewAsync(first, currentUser.Actor, cancellationToken);
    }
}
