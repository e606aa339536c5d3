using System.Text;
using Grpc.Core;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Billing.V1;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>SPEC section 10 through the real gRPC pipeline: budgets, work logs, forwarding and monthly statements.</summary>
public abstract class BillingTests(WorldFixture fixture)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static BillingService.BillingServiceClient Billing(Caller caller) => new(caller.Invoker);

    /// <summary>A fresh organisation in Berlin's time zone, so each test's budget and statements are its own.</summary>
    private async Task<(Organization Organization, Caller Contact)> OrganizationAsync(int topUpMinutes, long? hourlyRate = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organization = await W.Admin.Accounts.CreateOrganizationAsync(new CreateOrganizationRequest
        {
            Organization = World.Org("Gamma " + suffix, SupportTeam.Dach, "Europe/Berlin"),
        }, cancellationToken: Cancel);
        var contact = await World.ContactAsync(W.App, W.Admin, organization, $"gina.{suffix}@gamma.example.test");
        var budget = organization.Name + "/budget";
        if (hourlyRate is { } rate)
            await Billing(W.Admin).SetHourlyRateAsync(new SetHourlyRateRequest { Name = budget, HourlyRateMinor = rate, CurrencyCode = "EUR" }, cancellationToken: Cancel);
        if (topUpMinutes > 0)
            await Billing(W.Admin).TopUpBudgetAsync(new TopUpBudgetRequest { Name = budget, Minutes = topUpMinutes, Date = Today(), Reference = "PO " + suffix }, cancellationToken: Cancel);
        return (organization, contact);
    }

    private DateTimeOffset Now => W.App.Clock.GetUtcNow();

    private Google.Type.Date Today() => Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Berlin).DateTime));

    private static Google.Type.Date Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    /// <summary>Moves the clock to noon (Berlin) on a day of a month after the current one.</summary>
    private void AdvanceTo(int monthsAhead, int day)
    {
        var local = TimeZoneInfo.ConvertTime(Now, Berlin);
        var target = new DateTime(local.Year, local.Month, day, 12, 0, 0).AddMonths(monthsAhead);
        W.App.Clock.SetUtcNow(new DateTimeOffset(target, Berlin.GetUtcOffset(target)).ToUniversalTime());
    }

    private async Task<WorkLog> LogAsync(Caller agent, Ticket ticket, int minutes) =>
        await Billing(agent).LogWorkAsync(new LogWorkRequest { Parent = ticket.Name, Minutes = minutes, PerformedOn = Today(), Note = "Worked on it." }, cancellationToken: Cancel);

    private static GetMonthlyStatementRequest MonthOf(Organization organization, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Berlin);
        return new GetMonthlyStatementRequest { Organization = organization.Name, Year = local.Year, Month = local.Month };
    }

    [Fact]
    public async Task Statement_bills_department_effort_when_performed_and_support_effort_when_the_ticket_closed_across_three_months()
    {
        var (gamma, contact) = await OrganizationAsync(topUpMinutes: 600, hourlyRate: 12_000);
        var ticket = await W.ReclassifiedAsync(contact, "Configure the SSO mapping", TicketType.ConsultingRequest);
        ticket = await W.DachAgent.Tickets.ForwardTicketAsync(new ForwardTicketRequest { Name = ticket.Name, Department = Department.Development }, cancellationToken: Cancel);

        // Month 1: development works two hours, support one hour.
        var first = Now;
        var development = await LogAsync(W.Developer, ticket, 120);
        await LogAsync(W.DachAgent, ticket, 60);
        var firstAsSentThen = await Billing(W.DachAgent).GetMonthlyStatementAsync(MonthOf(gamma, first), cancellationToken: Cancel);

        // Month 2: development works ninety minutes more; the desk resolves it.
        AdvanceTo(1, 10);
        var second = Now;
        await LogAsync(W.Developer, ticket, 90);
        await W.DachAgent.Tickets.ResolveTicketAsync(new ResolveTicketRequest { Name = ticket.Name, Resolution = Resolution.Answered }, cancellationToken: Cancel);

        // Month 3: the customer confirms, which closes it; the first month's development entry is corrected.
        AdvanceTo(1, 3);
        var third = Now;
        await contact.Tickets.ConfirmResolutionAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        var reversal = await Billing(W.Developer).ReverseWorkLogAsync(new ReverseWorkLogRequest { Name = development.Name, Note = "Booked on the wrong ticket." }, cancellationToken: Cancel);
        Assert.Equal((-120, development.Name), (reversal.Minutes, reversal.Reverses));

        var month1 = await Billing(W.DachAgent).GetMonthlyStatementAsync(MonthOf(gamma, first), cancellationToken: Cancel);
        var month2 = await Billing(W.DachAgent).GetMonthlyStatementAsync(MonthOf(gamma, second), cancellationToken: Cancel);
        var month3 = await Billing(contact).GetMonthlyStatementAsync(MonthOf(gamma, third), cancellationToken: Cancel);

        Assert.Equal(firstAsSentThen, month1);
        Assert.Equal([(ticket.Name, Department.Development, 120L, 24_000L)], Lines(month1));
        Assert.Equal((120L, 24_000L, 420L), (month1.TotalMinutes, month1.TotalAmountMinor, month1.RemainingMinutes));

        Assert.Equal([(ticket.Name, Department.Development, 90L, 18_000L)], Lines(month2));
        Assert.Equal(330L, month2.RemainingMinutes);

        Assert.Equal([(ticket.Name, Department.Support, 60L, 12_000L), (ticket.Name, Department.Development, -120L, -24_000L)], Lines(month3));
        Assert.Equal((-60L, -12_000L, 450L), (month3.TotalMinutes, month3.TotalAmountMinor, month3.RemainingMinutes));
        Assert.Equal("EUR", month3.CurrencyCode);

        var budget = await Billing(contact).GetBudgetAsync(new GetBudgetRequest { Name = gamma.Name + "/budget" }, cancellationToken: Cancel);
        Assert.Equal((600L, 150L, 450L, 12_000L), (budget.ToppedUpMinutes, budget.UsedMinutes, budget.RemainingMinutes, budget.HourlyRateMinor));
    }

    [Fact]
    public async Task Statement_exports_as_csv_with_a_line_per_ticket_and_department_the_total_and_the_budget_left()
    {
        var (gamma, contact) = await OrganizationAsync(topUpMinutes: 600, hourlyRate: 9_000);
        var ticket = await W.ReclassifiedAsync(contact, "Report, \"quarterly\", by region", TicketType.ConsultingRequest);
        await W.DachAgent.Tickets.ForwardTicketAsync(new ForwardTicketRequest { Name = ticket.Name, Department = Department.Development }, cancellationToken: Cancel);
        await LogAsync(W.Developer, ticket, 45);
        await LogAsync(W.Developer, ticket, 45);

        var file = await Billing(W.DachAgent).ExportMonthlyStatementAsync(MonthOf(gamma, Now), cancellationToken: Cancel);

        var month = MonthOf(gamma, Now);
        var period = $"{month.Year:D4}-{month.Month:D2}";
        Assert.Equal($"statement-{period}.csv", file.FileName);
        Assert.StartsWith("text/csv", file.ContentType);
        Assert.Equal(
            "month,ticket,title,department,hours,amount,currency\r\n" +
            $"{period},{ticket.Key},\"Report, \"\"quarterly\"\", by region\",Development,1.50,135.00,EUR\r\n" +
            $"{period},,Total,,1.50,135.00,EUR\r\n" +
            $"{period},,Remaining budget,,8.50,,\r\n",
            Encoding.UTF8.GetString(file.Content.Span));
    }

    [Fact]
    public async Task Consulting_request_is_not_forwarded_to_a_department_without_budget()
    {
        var (_, contact) = await OrganizationAsync(topUpMinutes: 60);
        var ticket = await W.ReclassifiedAsync(contact, "Set up the catalogue import", TicketType.ConsultingRequest);
        await W.DachAgent.Tickets.StartProgressAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        await LogAsync(W.DachAgent, ticket, 60);

        var refused = await W.DachAgent.Tickets.ForwardTicketAsync(new ForwardTicketRequest { Name = ticket.Name, Department = Department.ManagedServices }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.FailedPrecondition);

        Assert.Equal("ticket.no_budget", refused.Detail<Google.Rpc.ErrorInfo>().Reason);
        var unchanged = await W.DachAgent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(Department.Unspecified, unchanged.ForwardedTo);
    }

    [Fact]
    public async Task Work_on_other_ticket_types_is_recorded_but_not_billed()
    {
        var (gamma, contact) = await OrganizationAsync(topUpMinutes: 600);
        var ticket = await W.ReclassifiedAsync(contact, "Where is the patch documentation?", TicketType.SupportRequest);

        var logged = await LogAsync(W.DachAgent, ticket, 30);

        Assert.False(logged.Billable);
        var listed = await Billing(W.DachAgent).ListWorkLogsAsync(new ListWorkLogsRequest { Parent = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal([logged.Name], listed.WorkLogs.Select(w => w.Name));
        var budget = await Billing(W.DachAgent).GetBudgetAsync(new GetBudgetRequest { Name = gamma.Name }, cancellationToken: Cancel);
        Assert.Equal(600L, budget.RemainingMinutes);
    }

    [Fact]
    public async Task Work_logs_page_in_the_order_they_were_logged()
    {
        var (_, contact) = await OrganizationAsync(topUpMinutes: 600);
        var ticket = await W.ReclassifiedAsync(contact, "Three entries", TicketType.ConsultingRequest);
        var logged = new List<string>();
        foreach (var minutes in new[] { 10, 20, 30 })
        {
            logged.Add((await LogAsync(W.DachAgent, ticket, minutes)).Name);
            W.App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await Billing(W.DachAgent).ListWorkLogsAsync(new ListWorkLogsRequest { Parent = ticket.Name, PageSize = 2, PageToken = token }, cancellationToken: Cancel);
            seen.AddRange(page.WorkLogs.Select(w => w.Name));
            token = page.NextPageToken;
        } while (token != "");

        Assert.Equal(logged, seen);
    }

    [Fact]
    public async Task Entry_is_reversed_only_once()
    {
        var (_, contact) = await OrganizationAsync(topUpMinutes: 600);
        var ticket = await W.ReclassifiedAsync(contact, "Reverse me", TicketType.ConsultingRequest);
        var entry = await LogAsync(W.DachAgent, ticket, 30);
        var reversal = await Billing(W.DachAgent).ReverseWorkLogAsync(new ReverseWorkLogRequest { Name = entry.Name, Note = "Wrong ticket." }, cancellationToken: Cancel);

        var again = await Billing(W.DachAgent).ReverseWorkLogAsync(new ReverseWorkLogRequest { Name = entry.Name, Note = "Again." }, cancellationToken: Cancel).RefusedAsync(StatusCode.FailedPrecondition);
        var ofReversal = await Billing(W.DachAgent).ReverseWorkLogAsync(new ReverseWorkLogRequest { Name = reversal.Name, Note = "Undo." }, cancellationToken: Cancel).RefusedAsync(StatusCode.FailedPrecondition);

        Assert.Equal("work_log.already_reversed", again.Detail<Google.Rpc.ErrorInfo>().Reason);
        Assert.Equal("work_log.reversal_is_final", ofReversal.Detail<Google.Rpc.ErrorInfo>().Reason);
    }

    [Fact]
    public async Task Contact_reads_their_own_organisations_statement_and_budget_and_nothing_else()
    {
        var (gamma, contact) = await OrganizationAsync(topUpMinutes: 600);
        var ticket = await W.ReclassifiedAsync(contact, "Only agents log work", TicketType.ConsultingRequest);

        await Billing(contact).GetBudgetAsync(new GetBudgetRequest { Name = gamma.Name + "/budget" }, cancellationToken: Cancel);
        await Billing(contact).GetMonthlyStatementAsync(MonthOf(gamma, Now), cancellationToken: Cancel);
        await Billing(contact).GetBudgetAsync(new GetBudgetRequest { Name = W.Beta.Name + "/budget" }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await Billing(contact).GetMonthlyStatementAsync(MonthOf(W.Beta, Now), cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await Billing(W.AlphaPartner).GetBudgetAsync(new GetBudgetRequest { Name = W.Alpha.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await Billing(contact).LogWorkAsync(new LogWorkRequest { Parent = ticket.Name, Minutes = 5, PerformedOn = Today(), Note = "Mine." }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        await Billing(contact).ListWorkLogsAsync(new ListWorkLogsRequest { Parent = ticket.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        await Billing(W.DachAgent).TopUpBudgetAsync(new TopUpBudgetRequest { Name = gamma.Name, Minutes = 60, Date = Today(), Reference = "Self-service" }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task Malformed_billing_input_names_the_field()
    {
        var (gamma, contact) = await OrganizationAsync(topUpMinutes: 0);
        var ticket = await W.ReclassifiedAsync(contact, "Bad input", TicketType.ConsultingRequest);
        var billing = Billing(W.Admin);

        (await billing.TopUpBudgetAsync(new TopUpBudgetRequest { Name = gamma.Name, Minutes = 0, Date = Today(), Reference = "PO" }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("minutes");
        (await billing.TopUpBudgetAsync(new TopUpBudgetRequest { Name = gamma.Name, Minutes = 60, Date = new Google.Type.Date { Year = 2027, Month = 2, Day = 31 }, Reference = "PO" }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("date");
        (await billing.SetHourlyRateAsync(new SetHourlyRateRequest { Name = gamma.Name, HourlyRateMinor = 100, CurrencyCode = "EURO" }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("currency_code");
        (await Billing(W.DachAgent).LogWorkAsync(new LogWorkRequest { Parent = ticket.Name, Minutes = -5, PerformedOn = Today(), Note = "x" }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("minutes");
        var today = Today();
        var tomorrow = Day(new DateOnly(today.Year, today.Month, today.Day).AddDays(1));
        (await Billing(W.DachAgent).LogWorkAsync(new LogWorkRequest { Parent = ticket.Name, Minutes = 5, PerformedOn = tomorrow, Note = "x" }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("performed_on");
        (await billing.ExportMonthlyStatementAsync(new GetMonthlyStatementRequest { Organization = gamma.Name, Year = 2027, Month = 13 }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("month");
        (await billing.ReverseWorkLogAsync(new ReverseWorkLogRequest { Name = ticket.Name + "/workLogs/nope", Note = "x" }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("name");
    }

    private static List<(string, Department, long, long)> Lines(MonthlyStatement statement) =>
        statement.Lines.Select(l => (l.Ticket, l.Department, l.Minutes, l.AmountMinor)).ToList();
}

public sealed class BillingOnSqlite(SqliteWorld fixture) : BillingTests(fixture), IClassFixture<SqliteWorld>;

public sealed class BillingOnPostgres(PostgresWorld fixture) : BillingTests(fixture), IClassFixture<PostgresWorld>;

public sealed class BillingOnSqlServer(SqlServerWorld fixture) : BillingTests(fixture), IClassFixture<SqlServerWorld>;
