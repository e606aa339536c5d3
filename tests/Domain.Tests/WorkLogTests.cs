using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.BillingMonthTests;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 10: work logs, their reversals, and the statements they make.</summary>
public sealed class WorkLogTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly TicketBuilder _desk = new();

    [Fact]
    public void Work_log_carries_the_agents_department_and_bills_consulting_requests()
    {
        var entry = Logged(_desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress), Developer, At(2027, 1, 20, 14), rate: 12000);

        Assert.Equal((Accounts.Department.Development, 90, true, 12000L), (entry.Department, entry.Minutes, entry.Billable, entry.HourlyRateMinor));
    }

    [Fact]
    public void Work_is_not_logged_ahead_of_the_day()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress);
        var today = new DateOnly(2027, 1, 20);

        var logged = WorkLog.Record(ticket, Developer, 60, today.AddDays(1), "Tomorrow's workshop.", null, today, At(2027, 1, 20, 14));

        Assert.Equal(BillingErrors.PerformedInTheFuture, logged.Error);
    }

    [Fact]
    public void Customers_do_not_log_work()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress);
        var today = new DateOnly(2027, 1, 20);

        var logged = WorkLog.Record(ticket, People.Contact, 60, today, "Own effort.", null, today, At(2027, 1, 20, 14));

        Assert.Equal("ticket.agents_only", logged.Error!.Code);
    }

    [Fact]
    public void Reversal_is_a_new_entry_that_cancels_the_original()
    {
        var original = Logged(_desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress), Developer, At(2027, 1, 20, 14), rate: 12000);

        var reversal = original.Reverse(People.Agent, "Logged on the wrong ticket.", alreadyReversed: false, At(2027, 1, 21, 9)).Value;

        Assert.NotEqual(original.Id, reversal.Id);
        Assert.Equal(original.Id, reversal.ReversalOfId);
        Assert.Equal((-90, original.Department, original.PerformedOn, original.Billable, original.HourlyRateMinor),
            (reversal.Minutes, reversal.Department, reversal.PerformedOn, reversal.Billable, reversal.HourlyRateMinor));
        Assert.Equal(90, original.Minutes);
    }

    [Fact]
    public void Entry_is_reversed_once_and_a_reversal_never()
    {
        var original = Logged(_desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress), Developer, At(2027, 1, 20, 14));
        var reversal = original.Reverse(People.Agent, "Wrong ticket.", alreadyReversed: false, At(2027, 1, 21, 9)).Value;

        Assert.Equal(BillingErrors.AlreadyReversed, original.Reverse(People.Agent, "Again.", alreadyReversed: true, At(2027, 1, 21, 10)).Error);
        Assert.Equal(BillingErrors.ReversalIsFinal, reversal.Reverse(People.Agent, "Undo.", alreadyReversed: false, At(2027, 1, 21, 10)).Error);
    }

    [Fact]
    public void Reversal_made_after_the_month_ended_leaves_that_months_statement_as_it_was()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress);
        var original = Logged(ticket, Developer, At(2027, 1, 20, 14), minutes: 120, rate: 12000);
        var januaryBefore = Statement(new BillingMonth(2027, 1), ticket, original);

        var reversal = original.Reverse(People.Agent, "Not consulting after all.", false, At(2027, 3, 2, 9)).Value;

        var january = Statement(new BillingMonth(2027, 1), ticket, original, reversal);
        var march = Statement(new BillingMonth(2027, 3), ticket, original, reversal);
        Assert.Equal(januaryBefore.Lines, january.Lines);
        Assert.Equal((120L, 24000L), (january.TotalMinutes, january.TotalAmountMinor));
        Assert.Equal((-120L, -24000L), (march.TotalMinutes, march.TotalAmountMinor));
    }

    [Fact]
    public void Statement_has_a_line_per_ticket_and_department_with_hours_and_amount()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress);
        var morning = Logged(ticket, Developer, At(2027, 1, 20, 9), minutes: 45, rate: 10000);
        var afternoon = Logged(ticket, Developer, At(2027, 1, 20, 15), minutes: 50, rate: 10000);
        var support = Logged(ticket, People.Agent, At(2027, 1, 20, 16), minutes: 30, rate: 10000);

        var january = MonthlyStatement.Compose(People.OrganizationId, new BillingMonth(2027, 1), Berlin, "EUR",
            [new(morning, ticket.Title, null), new(afternoon, ticket.Title, null), new(support, ticket.Title, At(2027, 1, 28, 9))],
            new BudgetBalance(600, 125));

        Assert.Equal(
            [new StatementLine(ticket.Id, ticket.Title, Accounts.Department.Support, 30, 5000), new StatementLine(ticket.Id, ticket.Title, Accounts.Department.Development, 95, 15833)],
            january.Lines.OrderBy(l => l.Minutes).ToList());
        Assert.Equal((125L, 20833L, 475L), (january.TotalMinutes, january.TotalAmountMinor, january.BalanceAtMonthEnd.RemainingMinutes));
    }

    private static MonthlyStatement Statement(BillingMonth month, Ticket ticket, params WorkLog[] entries) =>
        MonthlyStatement.Compose(People.OrganizationId, month, Berlin, "EUR", entries.Select(e => new TicketEffort(e, ticket.Title, null)), default);
}
