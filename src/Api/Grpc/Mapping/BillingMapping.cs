using Google.Protobuf;
using ServiceDesk.Application.Billing.Budgets;
using ServiceDesk.Application.Common;
using ServiceDesk.Contracts.Billing.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using Domain = ServiceDesk.Domain;
using ProtoTickets = ServiceDesk.Contracts.Tickets.V1;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>The one place where budgets, work logs, statements and exported files cross the wire.</summary>
public static class BillingMapping
{
    public static Budget ToProto(this BudgetView view)
    {
        var (budget, balance) = (view.Budget, view.Balance);
        var reply = new Budget
        {
            Name = ResourceNames.Budget(budget.OrganizationId),
            Organization = Organization(budget.OrganizationId),
            CurrencyCode = budget.CurrencyCode,
            ToppedUpMinutes = balance.TopUpMinutes,
            UsedMinutes = balance.UsedMinutes,
            RemainingMinutes = balance.RemainingMinutes,
        };
        if (budget.HourlyRateMinor is { } rate) reply.HourlyRateMinor = rate;
        reply.TopUps.AddRange(budget.TopUps.OrderBy(t => t.RecordedAt).Select(t => new BudgetTopUp
        {
            Minutes = t.Minutes,
            Date = t.Date.ToProto(),
            Reference = t.Reference,
            RecordTime = t.RecordedAt.ToProto(),
        }));
        return reply;
    }

    public static WorkLog ToProto(this Domain.Billing.WorkLog entry) => new()
    {
        Name = ResourceNames.WorkLog(entry.TicketId, entry.Id),
        Ticket = Ticket(entry.TicketId),
        Agent = Account(entry.AgentId),
        AgentDisplayName = entry.AgentName,
        Department = entry.Department.To<ProtoTickets.Department>(),
        Minutes = entry.Minutes,
        PerformedOn = entry.PerformedOn.ToProto(),
        Note = entry.Note,
        Billable = entry.Billable,
        Reverses = entry.ReversalOfId is { } original ? ResourceNames.WorkLog(entry.TicketId, original) : "",
        RecordTime = entry.RecordedAt.ToProto(),
    };

    public static MonthlyStatement ToProto(this Domain.Billing.MonthlyStatement statement)
    {
        var reply = new MonthlyStatement
        {
            Organization = Organization(statement.OrganizationId),
            Year = statement.Month.Year,
            Month = statement.Month.Month,
            CurrencyCode = statement.CurrencyCode,
            TotalMinutes = statement.TotalMinutes,
            TotalAmountMinor = statement.TotalAmountMinor,
            RemainingMinutes = statement.BalanceAtMonthEnd.RemainingMinutes,
        };
        reply.Lines.AddRange(statement.Lines.Select(l => new StatementLine
        {
            Ticket = Ticket(l.TicketId),
            TicketTitle = l.TicketTitle,
            Department = l.Department.To<ProtoTickets.Department>(),
            Minutes = l.Minutes,
            AmountMinor = l.AmountMinor,
        }));
        return reply;
    }

    public static Contracts.Common.V1.CsvFile ToProto(this CsvFile file) => new()
    {
        FileName = file.FileName,
        ContentType = CsvFile.ContentType,
        Content = ByteString.CopyFromUtf8(file.Content),
    };
}
