using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;
using Xunit;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 10: which month bills which effort, with month boundaries in the organisation's time zone.</summary>
public sealed class BillingMonthTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly BillingMonth January = new(2027, 1), February = new(2027, 2), March = new(2027, 3);

    public static Actor Developer { get; } = new(ActorKind.Agent, Guid.Parse("3d1c0000-0000-4000-8000-0000000000d1"), "Dora Developer",
        Team: SupportTeam.Dach, Department: Department.Development, Roles: AgentRoles.Agent);

    private readonly TicketBuilder _desk = new();

    /// <summary>Work logged at the given instant on a Consulting Request, performed on the day the instant falls on in UTC.</summary>
    public static WorkLog Logged(Ticket ticket, Actor agent, DateTimeOffset at, int minutes = 90, DateOnly? performedOn = null, long? rate = null)
    {
        var day = performedOn ?? DateOnly.FromDateTime(at.UtcDateTime);
        return WorkLog.Record(ticket, agent, minutes, day, "Configured the SSO mapping.", rate, day.AddDays(1), at).Value;
    }

    private Ticket Consulting() => _desk.Walk(TicketType.ConsultingRequest, TicketStatus.InProgress);

    [Fact]
    public void Department_effort_is_billed_in_the_month_it_was_performed()
    {
        var entry = Logged(Consulting(), Developer, At(2027, 1, 20, 14));

        Assert.Equal(January, BillingRules.MonthBilled(entry, ticketClosedAt: null, Berlin));
        Assert.Equal(January, BillingRules.MonthBilled(entry, ticketClosedAt: At(2027, 3, 5, 10), Berlin));
    }

    [Fact]
    public void Support_effort_is_billed_at_the_end_of_the_month_the_ticket_was_closed()
    {
        var entry = Logged(Consulting(), People.Agent, At(2027, 1, 20, 14));

        Assert.Null(BillingRules.MonthBilled(entry, ticketClosedAt: null, Berlin));
        Assert.Equal(March, BillingRules.MonthBilled(entry, ticketClosedAt: At(2027, 3, 5, 10), Berlin));
    }

    [Fact]
    public void Ticket_closed_late_on_the_last_evening_of_January_in_UTC_is_February_east_of_UTC()
    {
        var entry = Logged(Consulting(), People.Agent, At(2027, 1, 10, 9));
        var closedAt = At(2027, 1, 31, 23, 30); // 00:30 on 1 February in Berlin

        Assert.Equal(February, BillingRules.MonthBilled(entry, closedAt, Berlin));
        Assert.Equal(January, BillingRules.MonthBilled(entry, closedAt, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Ticket_closed_early_on_the_first_of_February_in_UTC_is_January_west_of_UTC()
    {
        var entry = Logged(Consulting(), People.Agent, At(2027, 1, 10, 9));
        var closedAt = At(2027, 2, 1, 3); // 22:00 on 31 January in New York

        Assert.Equal(January, BillingRules.MonthBilled(entry, closedAt, NewYork));
        Assert.Equal(February, BillingRules.MonthBilled(entry, closedAt, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Department_effort_logged_on_the_last_evening_of_the_month_follows_the_organisations_clock()
    {
        var lastEvening = At(2027, 1, 31, 23, 30);
        var entry = Logged(Consulting(), Developer, lastEvening, performedOn: new DateOnly(2027, 1, 31));

        // In New York it is still 31 January: billed in January. In Berlin January had ended when it was logged.
        Assert.Equal(January, BillingRules.MonthBilled(entry, null, NewYork));
        Assert.Equal(February, BillingRules.MonthBilled(entry, null, Berlin));
    }

    [Fact]
    public void Work_logged_after_its_month_ended_is_billed_in_the_month_it_was_logged()
    {
        var entry = Logged(Consulting(), Developer, At(2027, 3, 2, 9), performedOn: new DateOnly(2027, 1, 20));

        Assert.Equal(March, BillingRules.MonthBilled(entry, null, Berlin));
    }

    [Fact]
    public void Effort_on_other_ticket_types_is_recorded_but_never_billed()
    {
        var entry = Logged(_desk.Walk(TicketType.SupportRequest, TicketStatus.InReview), Developer, At(2027, 1, 20, 14));

        Assert.False(entry.Billable);
        Assert.Null(BillingRules.MonthBilled(entry, At(2027, 1, 25, 9), Berlin));
    }

    [Fact]
    public void Month_starts_at_midnight_in_the_organisations_time_zone()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero), January.Start(Berlin));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 5, 0, 0, TimeSpan.Zero), January.Start(NewYork));
        // Summer time: April begins at 22:00 UTC on 31 March in Berlin.
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 22, 0, 0, TimeSpan.Zero), March.End(Berlin));
    }

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
