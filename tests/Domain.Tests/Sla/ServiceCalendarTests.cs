using Xunit;
using ServiceDesk.Domain.Sla;
using static ServiceDesk.Domain.Tests.Sla.Calendars;

namespace ServiceDesk.Domain.Tests.Sla;

public sealed class ServiceCalendarTests
{
    [Fact]
    public void Service_hours_skip_the_weekend()
    {
        // Friday 6 March 2026, 12:00 in Berlin (11:00 UTC): 12 hours on Friday, then Monday.
        var due = Berlin().Advance(Utc(3, 6, 11), TimeSpan.FromHours(24), CountingMode.ServiceHours);

        Assert.Equal(Utc(3, 9, 11), due);
        Assert.Equal(TimeSpan.FromHours(24), Berlin().Count(Utc(3, 6, 11), Utc(3, 9, 11), CountingMode.ServiceHours));
    }

    [Fact]
    public void Around_the_clock_counts_the_weekend()
    {
        Assert.Equal(Utc(3, 7, 11), Berlin().Advance(Utc(3, 6, 11), TimeSpan.FromHours(24), CountingMode.AroundTheClock));
        Assert.Equal(TimeSpan.FromHours(72), Berlin().Count(Utc(3, 6, 11), Utc(3, 9, 11), CountingMode.AroundTheClock));
    }

    [Fact]
    public void Service_hours_skip_the_organisations_public_holidays()
    {
        // Ascension Day, Thursday 14 May 2026, is a holiday in Saarland; Berlin summer time is UTC+2.
        var calendar = Berlin("2026-05-14");

        Assert.Equal(Utc(5, 15, 10), calendar.Advance(Utc(5, 13, 10), TimeSpan.FromHours(24), CountingMode.ServiceHours));
        Assert.Equal(Utc(5, 14, 10), Berlin().Advance(Utc(5, 13, 10), TimeSpan.FromHours(24), CountingMode.ServiceHours));
        Assert.False(calendar.IsServiceTime(Utc(5, 14, 10)));
    }

    [Fact]
    public void The_weekend_starts_at_midnight_in_the_organisations_time_zone()
    {
        // Friday 6 March, 20:00 UTC: Saturday 04:00 in Singapore, still Friday 21:00 in Berlin.
        Assert.False(Singapore.IsServiceTime(Utc(3, 6, 20)));
        Assert.True(Berlin().IsServiceTime(Utc(3, 6, 20)));
        Assert.Equal(TimeSpan.FromHours(1), Singapore.Count(Utc(3, 6, 15), Utc(3, 7, 0), CountingMode.ServiceHours));
        Assert.Equal(TimeSpan.FromHours(8), Berlin().Count(Utc(3, 6, 15), Utc(3, 7, 0), CountingMode.ServiceHours));
    }

    [Fact]
    public void A_daylight_saving_change_moves_the_local_midnights()
    {
        // Clocks go forward on Sunday 29 March 2026: Friday noon is 11:00 UTC, Monday noon 10:00 UTC.
        Assert.Equal(Utc(3, 30, 10), Berlin().Advance(Utc(3, 27, 11), TimeSpan.FromHours(24), CountingMode.ServiceHours));
        // And back on Sunday 25 October: Friday noon is 10:00 UTC, Monday noon 11:00 UTC.
        Assert.Equal(Utc(10, 26, 11), Berlin().Advance(Utc(10, 23, 10), TimeSpan.FromHours(24), CountingMode.ServiceHours));
    }

    [Fact]
    public void Advancing_and_counting_agree()
    {
        var calendar = Berlin("2026-04-03", "2026-04-06");
        for (var hours = 1; hours <= 200; hours += 7)
        {
            var start = Utc(3, 30, 9).AddMinutes(hours * 13);
            var due = calendar.Advance(start, TimeSpan.FromHours(hours), CountingMode.ServiceHours);
            Assert.Equal(TimeSpan.FromHours(hours), calendar.Count(start, due, CountingMode.ServiceHours));
        }
    }
}
