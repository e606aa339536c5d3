using Grpc.Core;
using Mediator;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.Billing.Budgets;
using ServiceDesk.Application.Billing.Statements;
using ServiceDesk.Application.Billing.WorkLogs;
using ServiceDesk.Contracts.Billing.V1;
using ServiceDesk.Contracts.Common.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;

namespace ServiceDesk.Api.Grpc.Services;

/// <summary>Budgets, work logs and monthly statements; each RPC is one command or query.</summary>
public sealed class BillingGrpcService(IMediator mediator) : BillingService.BillingServiceBase
{
    public override async Task<Budget> GetBudget(GetBudgetRequest request, ServerCallContext context) =>
        (await mediator.Send(new GetBudgetQuery(ParseBudget(request.Name)), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Budget> TopUpBudget(TopUpBudgetRequest request, ServerCallContext context)
    {
        var command = new TopUpBudgetCommand(ParseBudget(request.Name), request.Minutes, request.Date.ToRequiredDomain("date"), request.Reference);
        return (await mediator.Send(command, context.CancellationToken)).OrThrow().ToProto();
    }

    public override async Task<Budget> SetHourlyRate(SetHourlyRateRequest request, ServerCallContext context)
    {
        var command = new SetHourlyRateCommand(ParseBudget(request.Name), request.HasHourlyRateMinor ? request.HourlyRateMinor : null, request.CurrencyCode);
        return (await mediator.Send(command, context.CancellationToken)).OrThrow().ToProto();
    }

    public override async Task<WorkLog> LogWork(LogWorkRequest request, ServerCallContext context)
    {
        var command = new LogWorkCommand(ParseTicket(request.Parent, "parent"), request.Minutes, request.PerformedOn.ToRequiredDomain("performed_on"), request.Note);
        return (await mediator.Send(command, context.CancellationToken)).OrThrow().ToProto();
    }

    public override async Task<WorkLog> ReverseWorkLog(ReverseWorkLogRequest request, ServerCallContext context)
    {
        var (ticketId, workLogId) = ParseWorkLog(request.Name);
        return (await mediator.Send(new ReverseWorkLogCommand(ticketId, workLogId, request.Note), context.CancellationToken)).OrThrow().ToProto();
    }

    public override async Task<ListWorkLogsResponse> ListWorkLogs(ListWorkLogsRequest request, ServerCallContext context)
    {
        var query = new ListWorkLogsQuery(ParseTicket(request.Parent, "parent"), request.PageSize, request.PageToken);
        var page = (await mediator.Send(query, context.CancellationToken)).OrThrow();
        var response = new ListWorkLogsResponse { NextPageToken = page.NextPageToken };
        response.WorkLogs.AddRange(page.Items.Select(w => w.ToProto()));
        return response;
    }

    public override async Task<MonthlyStatement> GetMonthlyStatement(GetMonthlyStatementRequest request, ServerCallContext context) =>
        (await mediator.Send(ToQuery(request), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<CsvFile> ExportMonthlyStatement(GetMonthlyStatementRequest request, ServerCallContext context) =>
        (await mediator.Send(new ExportMonthlyStatementQuery(ToQuery(request)), context.CancellationToken)).OrThrow().ToProto();

    private static GetMonthlyStatementQuery ToQuery(GetMonthlyStatementRequest request) =>
        new(ParseOrganization(request.Organization, "organization"), request.Year, request.Month);
}
