using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Billing.Statements;

/// <summary>What an organisation is billed for a month; the same for any past month whenever it is asked.</summary>
public sealed record GetMonthlyStatementQuery(Guid OrganizationId, int Year, int Month) : IQuery<Result<MonthlyStatement>>;

/// <summary>The same statement as a CSV file.</summary>
public sealed record ExportMonthlyStatementQuery(GetMonthlyStatementQuery Statement) : IQuery<Result<CsvFile>>;

public sealed class GetMonthlyStatementValidator : AbstractValidator<GetMonthlyStatementQuery>
{
    public GetMonthlyStatementValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 9998);
        RuleFor(q => q.Month).InclusiveBetween(1, 12);
    }
}

public sealed class ExportMonthlyStatementValidator : AbstractValidator<ExportMonthlyStatementQuery>
{
    public ExportMonthlyStatementValidator() => RuleFor(q => q.Statement).SetValidator(new GetMonthlyStatementValidator()).OverridePropertyName("");
}

public sealed class MonthlyStatementHandlers(
    ICurrentUser currentUser,
    IOrganizationRepository organizations,
    IBudgetRepository budgets,
    IBillingQueries billing)
    : IQueryHandler<GetMonthlyStatementQuery, Result<MonthlyStatement>>,
      IQueryHandler<ExportMonthlyStatementQuery, Result<CsvFile>>
{
    public ValueTask<Result<MonthlyStatement>> Handle(GetMonthlyStatementQuery query, CancellationToken cancellationToken) =>
        ComposeAsync(query.OrganizationId, new BillingMonth(query.Year, query.Month), cancellationToken);

    public async ValueTask<Result<CsvFile>> Handle(ExportMonthlyStatementQuery query, CancellationToken cancellationToken)
    {
        var statement = await Handle(query.Statement, cancellationToken);
        return statement.IsSuccess ? StatementCsv.Write(statement.Value) : statement.Error!;
    }

    private async ValueTask<Result<MonthlyStatement>> ComposeAsync(Guid organizationId, BillingMonth month, CancellationToken cancellationToken)
    {
        if (!BillingAccess.MayRead(currentUser.Actor, organizationId)) return BillingAccess.Refusal;
        if (await organizations.FindAsync(organizationId, cancellationToken) is not { } organization) return AccountErrors.OrganizationNotFound;
        var zone = organization.Zone();
        var (start, end) = (month.Start(zone), month.End(zone));
        var currency = (await budgets.FindAsync(organizationId, cancellationToken))?.CurrencyCode ?? Budget.DefaultCurrency;
        var candidates = await billing.StatementCandidatesAsync(organizationId, start, end, cancellationToken);
        var balance = await billing.BalanceAsync(organizationId, new BalanceCutOff(end, month.LastDay), cancellationToken);
        return MonthlyStatement.Compose(organizationId, month, zone, currency, candidates, balance);
    }
}

/// <summary>The statement as a table: a row per ticket and department, then the total and the budget left.</summary>
public static class StatementCsv
{
    public static CsvFile Write(MonthlyStatement statement)
    {
        var month = statement.Month.ToString();
        var currency = statement.CurrencyCode;
        IReadOnlyList<string>[] header = [["month", "ticket", "title", "department", "hours", "amount", "currency"]];
        var lines = statement.Lines.Select(l => (IReadOnlyList<string>)
            [month, Ticket.FormatKey(l.TicketId), Csv.Text(l.TicketTitle), l.Department.ToString(), Csv.Hours(l.Minutes), Csv.Amount(l.AmountMinor), currency]);
        IReadOnlyList<string>[] footer =
        [
            [month, "", "Total", "", Csv.Hours(statement.TotalMinutes), Csv.Amount(statement.TotalAmountMinor), currency],
            [month, "", "Remaining budget", "", Csv.Hours(statement.BalanceAtMonthEnd.RemainingMinutes), "", ""],
        ];
        return new CsvFile($"statement-{month}.csv", Csv.Write(header.Concat(lines).Concat(footer)));
    }
}
