using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC sections 5 and 10: without extended support budget a consulting request is not forwarded to a department.</summary>
public sealed class BudgetForwardingTests
{
    private static readonly DateOnly Today = new(2027, 2, 10);
    private readonly TicketBuilder _desk = new();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(600, 600)]
    [InlineData(600, 750)]
    public void Consulting_request_is_not_forwarded_when_no_budget_remains(long toppedUp, long used)
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InReview);

        Expect.Refused(ticket, TicketErrors.NoBudget, () => ticket.ForwardTo(Agent, Department.TechnicalServices, new BudgetBalance(toppedUp, used), _desk.Tick()));
        Assert.Null(ticket.ForwardedTo);
    }

    [Fact]
    public void Consulting_request_is_forwarded_while_a_minute_of_budget_remains()
    {
        var ticket = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InReview);

        Expect.Success(ticket.ForwardTo(Agent, Department.ManagedServices, new BudgetBalance(600, 599), _desk.Tick()));

        Assert.Equal(Department.ManagedServices, ticket.ForwardedTo);
    }

    [Fact]
    public void Budget_top_ups_add_up_with_their_date_and_reference()
    {
        var budget = Budget.For(OrganizationId);

        Expect.Success(budget.TopUp(Agent, 2400, new DateOnly(2027, 1, 4), "PO 4711", Today, _desk.Tick()));
        Expect.Success(budget.TopUp(Agent, 600, new DateOnly(2027, 2, 1), "PO 4712", Today, _desk.Tick()));

        Assert.Equal(3000, budget.TopUps.Sum(t => t.Minutes));
        Assert.Equal(("PO 4712", new DateOnly(2027, 2, 1)), (budget.TopUps[1].Reference, budget.TopUps[1].Date));
        Assert.Equal(BillingErrors.TopUpInTheFuture, budget.TopUp(Agent, 600, Today.AddDays(1), "PO 4713", Today, _desk.Tick()).Error);
        Assert.Equal("invalid_argument", budget.TopUp(Agent, 0, new DateOnly(2027, 2, 1), "PO 0", Today, _desk.Tick()).Error!.Code);
    }
}
