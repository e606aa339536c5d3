using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using ServiceDesk.Contracts.Sla.V1;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>The SLA clocks, the timers and the contracts through the real gRPC pipeline (SPEC sections 2, 5, 6).</summary>
public abstract class SlaTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private TicketService.TicketServiceClient Agent => W.DachAgent.Tickets;

    private void Wait(TimeSpan span) => W.App.Clock.Advance(span);

    private DateTimeOffset Now => W.App.Clock.GetUtcNow();

    [Fact]
    public async Task The_clocks_show_on_the_ticket_as_it_moves_and_a_breach_is_shown_in_the_stream_and_the_queue()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Grades are not saved");
        Assert.Equal((SlaClockState.Running, null, Duration.FromTimeSpan(TimeSpan.Zero)),
            (ticket.ServiceLevel.Reaction.State, ticket.ServiceLevel.Reaction.Target, ticket.ServiceLevel.Reaction.Elapsed));
        Assert.Equal(SlaClockState.NotStarted, ticket.ServiceLevel.Restoration.State);

        Wait(TimeSpan.FromMinutes(10));
        ticket = await Agent.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        var accepted = Now;
        Assert.Equal((SlaClockState.Stopped, TimeSpan.FromMinutes(10)), (ticket.ServiceLevel.Reaction.State, ticket.ServiceLevel.Reaction.Elapsed.ToTimeSpan()));
        Assert.Equal(SlaClockState.Running, ticket.ServiceLevel.Restoration.State);

        ticket = await Agent.StartReviewAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await Agent.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SoftwareDefect }, cancellationToken: Cancel);
        ticket = await Agent.SetPriorityAsync(new SetPriorityRequest { Name = ticket.Name, Priority = Priority.P2, FaultCategory = FaultCategory.SoftwareUsability }, cancellationToken: Cancel);
        var restoration = ticket.ServiceLevel.Restoration;
        Assert.Equal((TimeSpan.FromHours(8), TimeSpan.FromHours(8), accepted + TimeSpan.FromHours(8)),
            (restoration.Target.ToTimeSpan(), restoration.Remaining.ToTimeSpan(), restoration.DueTime.ToDateTimeOffset()));
        Assert.Equal((TimeSpan.FromHours(1), false), (ticket.ServiceLevel.Reaction.Target.ToTimeSpan(), ticket.ServiceLevel.Reaction.Breached));

        Wait(TimeSpan.FromHours(1));
        ticket = await Agent.RequestClarificationAsync(new RequestClarificationRequest { Name = ticket.Name, Question = "Which course?" }, cancellationToken: Cancel);
        Wait(TimeSpan.FromDays(1));
        ticket = await W.AlphaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal((true, TimeSpan.FromHours(1), null), (ticket.ServiceLevel.Restoration.Paused, ticket.ServiceLevel.Restoration.Elapsed.ToTimeSpan(), ticket.ServiceLevel.Restoration.DueTime));
        Assert.Equal(Now + TimeSpan.FromDays(9), ticket.NextReminderTime.ToDateTimeOffset());

        ticket = await W.AlphaContact.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "Course 7." }, cancellationToken: Cancel);
        var due = accepted + TimeSpan.FromDays(1) + TimeSpan.FromHours(8);
        Assert.Equal((TicketStatus.InReview, false, due), (ticket.Status, ticket.ServiceLevel.Restoration.Paused, ticket.ServiceLevel.Restoration.DueTime.ToDateTimeOffset()));

        W.App.Clock.SetUtcNow(due);
        Assert.True(await W.App.SweepTimersAsync() >= 1);

        ticket = await W.AlphaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal((true, due, TimeSpan.Zero), (ticket.ServiceLevel.Restoration.Breached, ticket.ServiceLevel.Restoration.BreachTime.ToDateTimeOffset(), ticket.ServiceLevel.Restoration.Remaining.ToTimeSpan()));
        Assert.Equal((ActivityKind.SlaBreached, "Restoration"), (ticket.Activities[0].Kind, ticket.Activities[0].To));
        var queue = await Agent.ListSlaQueueAsync(new ListSlaQueueRequest { Within = Duration.FromTimeSpan(TimeSpan.Zero), PageSize = 200 }, cancellationToken: Cancel);
        var row = Assert.Single(queue.Tickets, t => t.Name == ticket.Name);
        Assert.True(row.ServiceLevel.Restoration.Breached);
    }

    [Fact]
    public async Task The_sla_queue_lists_tickets_breaching_soon_by_due_time_for_agents_only()
    {
        var later = await DefectAsync(Priority.P2);
        Wait(TimeSpan.FromMinutes(30));
        var sooner = await DefectAsync(Priority.P1);
        var nextWeek = await DefectAsync(Priority.P4);

        var within = new ListSlaQueueRequest { Within = Duration.FromTimeSpan(TimeSpan.FromHours(9)), PageSize = 1 };
        var names = new List<string>();
        do
        {
            var page = await Agent.ListSlaQueueAsync(within, cancellationToken: Cancel);
            names.AddRange(page.Tickets.Select(t => t.Name));
            within.PageToken = page.NextPageToken;
        }
        while (within.PageToken != "");

        var mine = names.Where(n => n == later.Name || n == sooner.Name || n == nextWeek.Name).ToList();
        Assert.Equal([sooner.Name, later.Name], mine);
        await W.AlphaContact.Tickets.ListSlaQueueAsync(new ListSlaQueueRequest(), cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        var refused = await Agent.ListSlaQueueAsync(new ListSlaQueueRequest { Within = Duration.FromTimeSpan(TimeSpan.FromDays(-1)) }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument);
        refused.FieldViolation("within");
    }

    [Fact]
    public async Task A_resolved_ticket_is_closed_by_the_sweep_50_days_later()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Where is the patch documentation?");
        ticket = await Agent.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await Agent.StartReviewAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await Agent.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SupportRequest }, cancellationToken: Cancel);
        ticket = await Agent.ResolveTicketAsync(new ResolveTicketRequest { Name = ticket.Name, Resolution = Resolution.Answered }, cancellationToken: Cancel);
        Assert.Equal(Now + TimeSpan.FromDays(50), ticket.AutoCloseTime.ToDateTimeOffset());

        Wait(TimeSpan.FromDays(50));
        await W.App.SweepTimersAsync();

        ticket = await W.AlphaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal((TicketStatus.Closed, CloseReason.AutoClosed, null), (ticket.Status, ticket.CloseReason, ticket.AutoCloseTime));
    }

    [Fact]
    public async Task Administrators_agree_contracts_and_customers_read_their_own()
    {
        var sla = new SlaService.SlaServiceClient(W.Admin.Invoker);
        var name = W.Beta.Name + "/slaContract";
        var before = await sla.GetSlaContractAsync(new GetSlaContractRequest { Name = name }, cancellationToken: Cancel);
        Assert.True(before.Defaults);

        var contract = new SlaContract
        {
            Name = name,
            P1 = Targets(TimeSpan.FromMinutes(15), TimeSpan.FromHours(2)),
            P2 = Targets(TimeSpan.FromMinutes(30), TimeSpan.FromHours(6)),
            P3 = Targets(TimeSpan.FromHours(4), TimeSpan.FromDays(3)),
            P4 = Targets(TimeSpan.FromDays(1), TimeSpan.FromDays(10)),
            HolidayCalendar = "holidayCalendars/sg",
        };
        var agreed = await sla.UpdateSlaContractAsync(new UpdateSlaContractRequest { SlaContract = contract }, cancellationToken: Cancel);
        Assert.Equal((false, "holidayCalendars/sg", Now), (agreed.Defaults, agreed.HolidayCalendar, agreed.EffectiveTime.ToDateTimeOffset()));

        var seen = await new SlaService.SlaServiceClient(W.BetaContact.Invoker).GetSlaContractAsync(new GetSlaContractRequest { Name = name }, cancellationToken: Cancel);
        Assert.Equal(TimeSpan.FromHours(6), seen.P2.Restoration.ToTimeSpan());
        await new SlaService.SlaServiceClient(W.AlphaContact.Invoker).GetSlaContractAsync(new GetSlaContractRequest { Name = name }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.NotFound);
        await new SlaService.SlaServiceClient(W.DachAgent.Invoker).UpdateSlaContractAsync(new UpdateSlaContractRequest { SlaContract = contract }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);

        var zero = contract.Clone();
        zero.P1.Reaction = Duration.FromTimeSpan(TimeSpan.Zero);
        (await sla.UpdateSlaContractAsync(new UpdateSlaContractRequest { SlaContract = zero }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument))
            .FieldViolation("targets.p1.reaction");
        var unknown = contract.Clone();
        unknown.HolidayCalendar = "holidayCalendars/atlantis";
        (await sla.UpdateSlaContractAsync(new UpdateSlaContractRequest { SlaContract = unknown }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument))
            .FieldViolation("holiday_calendar");
    }

    [Fact]
    public async Task Holiday_calendars_are_data_managed_through_the_api()
    {
        var sla = new SlaService.SlaServiceClient(W.Admin.Invoker);
        var listed = await sla.ListHolidayCalendarsAsync(new ListHolidayCalendarsRequest(), cancellationToken: Cancel);
        Assert.Superset(new HashSet<string> { "holidayCalendars/de-sl", "holidayCalendars/at-st", "holidayCalendars/ro", "holidayCalendars/sg", "holidayCalendars/au-vic" },
            listed.HolidayCalendars.Select(c => c.Name).ToHashSet());

        var calendar = new HolidayCalendar { DisplayName = "Test region", Holidays = { new Holiday { Date = "2026-12-24", DisplayName = "Christmas Eve" } } };
        var created = await sla.CreateHolidayCalendarAsync(new CreateHolidayCalendarRequest { HolidayCalendarId = "test-region", HolidayCalendar = calendar }, cancellationToken: Cancel);
        Assert.Equal(("holidayCalendars/test-region", "2026-12-24"), (created.Name, created.Holidays.Single().Date));

        var stale = created.Clone();
        var updated = await sla.UpdateHolidayCalendarAsync(new UpdateHolidayCalendarRequest { HolidayCalendar = created }, cancellationToken: Cancel);
        Assert.NotEqual(stale.Etag, updated.Etag);
        await sla.UpdateHolidayCalendarAsync(new UpdateHolidayCalendarRequest { HolidayCalendar = stale }, cancellationToken: Cancel).RefusedAsync(StatusCode.Aborted);

        var badDate = new HolidayCalendar { DisplayName = "Bad", Holidays = { new Holiday { Date = "24.12.2026", DisplayName = "Christmas Eve" } } };
        (await sla.CreateHolidayCalendarAsync(new CreateHolidayCalendarRequest { HolidayCalendarId = "bad", HolidayCalendar = badDate }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("holiday_calendar.holidays[0].date");
        await new SlaService.SlaServiceClient(W.DachAgent.Invoker).CreateHolidayCalendarAsync(
            new CreateHolidayCalendarRequest { HolidayCalendarId = "other", HolidayCalendar = calendar }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        await sla.GetHolidayCalendarAsync(new GetHolidayCalendarRequest { Name = "holidayCalendars/atlantis" }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
    }

    private static PriorityTargets Targets(TimeSpan reaction, TimeSpan restoration) =>
        new() { Reaction = Duration.FromTimeSpan(reaction), Restoration = Duration.FromTimeSpan(restoration) };

    private async Task<Ticket> DefectAsync(Priority priority)
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, $"Defect of priority {priority}");
        ticket = await Agent.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await Agent.StartReviewAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        var type = priority is Priority.P1 ? TicketType.NonSoftwareDefect : TicketType.SoftwareDefect;
        ticket = await Agent.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = type }, cancellationToken: Cancel);
        var category = priority is Priority.P1 ? FaultCategory.SystemAvailability : FaultCategory.SoftwareUsability;
        return await Agent.SetPriorityAsync(new SetPriorityRequest { Name = ticket.Name, Priority = priority, FaultCategory = category }, cancellationToken: Cancel);
    }
}

public sealed class SlaOnSqlite(SqliteWorld fixture) : SlaTests(fixture), IClassFixture<SqliteWorld>;

public sealed class SlaOnPostgres(PostgresWorld fixture) : SlaTests(fixture), IClassFixture<PostgresWorld>;

public sealed class SlaOnSqlServer(SqlServerWorld fixture) : SlaTests(fixture), IClassFixture<SqlServerWorld>;
