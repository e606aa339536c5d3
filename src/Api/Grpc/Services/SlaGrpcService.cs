using Grpc.Core;
using Mediator;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.Sla.Calendars;
using ServiceDesk.Application.Sla.Contracts;
using ServiceDesk.Contracts.Sla.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;

namespace ServiceDesk.Api.Grpc.Services;

/// <summary>Maps each RPC to one command or query; the rules live in the application and the domain.</summary>
public sealed class SlaGrpcService(IMediator mediator) : SlaService.SlaServiceBase
{
    public override async Task<SlaContract> GetSlaContract(GetSlaContractRequest request, ServerCallContext context) =>
        (await mediator.Send(new GetSlaContractQuery(ParseSlaContract(request.Name)), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<SlaContract> UpdateSlaContract(UpdateSlaContractRequest request, ServerCallContext context) =>
        (await mediator.Send(request.ToCommand(), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<HolidayCalendar> CreateHolidayCalendar(CreateHolidayCalendarRequest request, ServerCallContext context) =>
        (await mediator.Send(new CreateHolidayCalendarCommand(request.HolidayCalendarId, request.HolidayCalendar.ToFields("holiday_calendar")), context.CancellationToken))
            .OrThrow().ToProto();

    public override async Task<HolidayCalendar> GetHolidayCalendar(GetHolidayCalendarRequest request, ServerCallContext context) =>
        (await mediator.Send(new GetHolidayCalendarQuery(ParseHolidayCalendar(request.Name)), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListHolidayCalendarsResponse> ListHolidayCalendars(ListHolidayCalendarsRequest request, ServerCallContext context)
    {
        var page = (await mediator.Send(new ListHolidayCalendarsQuery(request.PageSize, request.PageToken), context.CancellationToken)).OrThrow();
        var response = new ListHolidayCalendarsResponse { NextPageToken = page.NextPageToken };
        response.HolidayCalendars.AddRange(page.Items.Select(c => c.ToProto()));
        return response;
    }

    public override async Task<HolidayCalendar> UpdateHolidayCalendar(UpdateHolidayCalendarRequest request, ServerCallContext context)
    {
        var calendar = request.HolidayCalendar;
        var command = new UpdateHolidayCalendarCommand(
            ParseHolidayCalendar(calendar?.Name, "holiday_calendar.name"), calendar?.Etag, calendar.ToFields("holiday_calendar"));
        return (await mediator.Send(command, context.CancellationToken)).OrThrow().ToProto();
    }
}
