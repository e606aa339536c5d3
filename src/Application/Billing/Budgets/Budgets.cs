using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Billing.Budgets;

/// <summary>A budget with what is left of it now.</summary>
public sealed record BudgetView(Budget Budget, BudgetBalance Balance);

public sealed record GetBudgetQuery(Guid OrganizationId) : IQuery<Result<BudgetView>>;

public sealed record TopUpBudgetCommand(Guid OrganizationId, int Minutes, DateOnly Date, string Reference) : ICommand<Result<BudgetView>>;

public sealed record SetHourlyRateCommand(Guid OrganizationId, long? HourlyRateMinor, string CurrencyCode) : ICommand<Result<BudgetView>>;

public sealed class TopUpBudgetValidator : AbstractValidator<TopUpBudgetCommand>
{
    /// <summary>A hundred thousand hours: far above any contract, far below overflow.</summary>
    public const int MaxMinutes = 6_000_000;

    public TopUpBudgetValidator()
    {
        RuleFor(c => c.Minutes).InclusiveBetween(1, MaxMinutes);
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(200);
    }
}

public sealed class SetHourlyRateValidator : AbstractValidator<SetHourlyRateCommand>
{
    public SetHourlyRateValidator()
    {
        RuleFor(c => c.HourlyRateMinor).InclusiveBetween(0, 100_000_000).When(c => c.HourlyRateMinor is not null).OverridePropertyName("hourly_rate_minor");
        RuleFor(c => c.CurrencyCode).Matches("^[A-Za-z]{3}$").WithMessage("Use an ISO 4217 code such as EUR.").OverridePropertyName("currency_code");
    }
}

public sealed class BudgetHandlers(
    ICurrentUser currentUser,
    IOrganizationRepository organizations,
    IBudgetRepository budgets,
    IBillingQueries billing,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
    : IQueryHandler<GetBudgetQuery, Result<BudgetView>>,
      ICommandHandler<TopUpBudgetCommand, Result<BudgetView>>,
      ICommandHandler<SetHourlyRateCommand, Result<BudgetView>>
{
    public async ValueTask<Result<BudgetView>> Handle(GetBudgetQuery query, CancellationToken cancellationToken)
    {
        if (!BillingAccess.MayRead(currentUser.Actor, query.OrganizationId)) return BillingAccess.Refusal;
        if (await organizations.FindAsync(query.OrganizationId, cancellationToken) is null) return AccountErrors.OrganizationNotFound;
        var budget = await budgets.FindAsync(query.OrganizationId, cancellationToken) ?? Budget.For(query.OrganizationId);
        return await ViewAsync(budget, cancellationToken);
    }

    public async ValueTask<Result<BudgetView>> Handle(TopUpBudgetCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        if (await organizations.FindAsync(command.OrganizationId, cancellationToken) is not { } organization) return AccountErrors.OrganizationNotFound;
        var budget = await FindOrOpenAsync(command.OrganizationId, cancellationToken);
        var now = clock.GetUtcNow();
        var topUp = budget.TopUp(actor, command.Minutes, command.Date, command.Reference, organization.Today(now), now);
        if (topUp.IsFailure) return topUp.Error!;
        return await SaveAsync(budget, cancellationToken);
    }

    public async ValueTask<Result<BudgetView>> Handle(SetHourlyRateCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        if (await organizations.FindAsync(command.OrganizationId, cancellationToken) is null) return AccountErrors.OrganizationNotFound;
        var budget = await FindOrOpenAsync(command.OrganizationId, cancellationToken);
        budget.SetHourlyRate(command.HourlyRateMinor, command.CurrencyCode);
        return await SaveAsync(budget, cancellationToken);
    }

    private async Task<Budget> FindOrOpenAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        if (await budgets.FindAsync(organizationId, cancellationToken) is { } budget) return budget;
        budget = Budget.For(organizationId);
        budgets.Add(budget);
        return budget;
    }

    private async Task<Result<BudgetView>> SaveAsync(Budget budget, CancellationToken cancellationToken)
    {
        var saved = await unitOfWork.SaveOrConflictAsync(cancellationToken, takenIsConflict: true);
        if (saved.IsFailure) return saved.Error!;
        return await ViewAsync(budget, cancellationToken);
    }

    private async Task<Result<BudgetView>> ViewAsync(Budget budget, CancellationToken cancellationToken) =>
        new BudgetView(budget, await billing.BalanceAsync(budget.OrganizationId, cutOff: null, cancellationToken));
}
