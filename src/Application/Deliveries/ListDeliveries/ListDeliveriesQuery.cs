using System.Globalization;
using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Application.Deliveries.ListDeliveries;

/// <summary>Deliveries the caller may see, newest first, one keyset page at a time.</summary>
public sealed record ListDeliveriesQuery(DeliveryListQuery Filter, int PageSize, string? PageToken) : IQuery<Result<Page<Delivery>>>;

public sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveriesQuery>
{
    public ListDeliveriesValidator()
    {
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(0);
        RuleForEach(q => q.Filter.Statuses).IsInEnum().OverridePropertyName("statuses");
    }
}

public sealed class ListDeliveriesHandler(ICurrentUser currentUser, IDeliveryRepository deliveries)
    : IQueryHandler<ListDeliveriesQuery, Result<Page<Delivery>>>
{
    public async ValueTask<Result<Page<Delivery>>> Handle(ListDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var filter = query.Filter with { After = DecodePosition(query.PageToken) };
        var size = Paging.Size(query.PageSize);
        var rows = await deliveries.ListAsync(new DeliveryListSpecification(filter, currentUser.Actor, size + 1), cancellationToken);
        var next = rows.Count > size
            ? PageToken.Encode(rows[size - 1].CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture), rows[size - 1].Id.ToString())
            : "";
        return new Page<Delivery>(rows.Take(size).ToList(), next);
    }

    private static DeliveryPosition? DecodePosition(string? token)
    {
        if (PageToken.Decode(token, 2) is not { } parts) return null;
        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParse(parts[1], out var id))
            throw PageToken.Invalid();
        return new DeliveryPosition(new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }
}
