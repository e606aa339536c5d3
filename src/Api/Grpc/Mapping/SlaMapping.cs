using System.Globalization;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Sla.Calendars;
using ServiceDesk.Application.Sla.Contracts;
using ServiceDesk.Contracts.Sla.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using Domain = ServiceDesk.Domain;
using ProtoTickets = ServiceDesk.Contracts.Tickets.V1;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>The one place where SLA contracts, holiday calendars and clock readings cross the wire.</summary>
public static class SlaMapping
{
    private const string DateFormat = "yyyy-MM-dd";

    public static UpdateSlaContractCommand ToCommand(this UpdateSlaContractRequest request)
    {
        var contract = request.SlaContract ?? throw new InputValidationException("sla_contract", "The contract is required.");
        return new UpdateSlaContractCommand(
            ParseSlaContract(contract.Name, "sla_contract.name"),
            new Domain.Sla.SlaTargets(
                contract.P1.ToDomain("sla_contract.p1"), contract.P2.ToDomain("sla_contract.p2"),
                contract.P3.ToDomain("sla_contract.p3"), contract.P4.ToDomain("sla_contract.p4")),
            ParseOptionalHolidayCalendar(contract.HolidayCalendar, "sla_contract.holiday_calendar"));
    }

    private static Domain.Sla.SlaTarget ToDomain(this PriorityTargets? targets, string field) =>
        new(targets?.Reaction.ToDomain(field + ".reaction") ?? TimeSpan.Zero, targets?.Restoration.ToDomain(field + ".restoration") ?? TimeSpan.Zero);

    public static SlaContract ToProto(this SlaContractView view) => new()
    {
        Name = SlaContract(view.OrganizationId),
        P1 = view.Targets.P1.ToProto(),
        P2 = view.Targets.P2.ToProto(),
        P3 = view.Targets.P3.ToProto(),
        P4 = view.Targets.P4.ToProto(),
        HolidayCalendar = view.HolidayCalendarId is { } id ? HolidayCalendar(id) : "",
        EffectiveTime = view.Current?.EffectiveFrom.ToProto(),
        Defaults = view.Current is null,
    };

    private static PriorityTargets ToProto(this Domain.Sla.SlaTarget target) =>
        new() { Reaction = target.Reaction.ToProto(), Restoration = target.Restoration.ToProto() };

    public static HolidayCalendarFields ToFields(this HolidayCalendar? calendar, string field)
    {
        if (calendar is null) throw new InputValidationException(field, "The holiday calendar is required.");
        return new HolidayCalendarFields(calendar.DisplayName, [.. calendar.Holidays.Select((h, i) => new Domain.Sla.Holiday(ParseDate(h.Date, $"{field}.holidays[{i}].date"), h.DisplayName))]);
    }

    public static HolidayCalendar ToProto(this Domain.Sla.HolidayCalendar calendar)
    {
        var reply = new HolidayCalendar
        {
            Name = HolidayCalendar(calendar.Id),
            DisplayName = calendar.Name,
            Etag = HolidayCalendarHandlers.Etag(calendar),
        };
        reply.Holidays.AddRange(calendar.Holidays.Select(h => new Holiday { Date = h.Date.ToString(DateFormat, CultureInfo.InvariantCulture), DisplayName = h.Name }));
        return reply;
    }

    public static ProtoTickets.ServiceLevel? ToProto(this Domain.Sla.ServiceLevel? level) => level is null ? null : new()
    {
        Reaction = level.Reaction.ToProto(),
        Restoration = level.Restoration.ToProto(),
    };

    private static ProtoTickets.SlaClock ToProto(this Domain.Sla.SlaReading reading) => new()
    {
        State = reading.State.ToProto<ProtoTickets.SlaClockState>(),
        Target = reading.Target.ToProto(),
        Elapsed = reading.Elapsed.ToProto(),
        Remaining = reading.Remaining.ToProto(),
        DueTime = reading.DueAt.ToProto(),
        Paused = reading.Paused,
        Breached = reading.Breached,
        BreachTime = reading.BreachedAt.ToProto(),
    };

    private static DateOnly ParseDate(string text, string field) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputValidationException(field, "Expected a date such as 2026-12-25.");
}
