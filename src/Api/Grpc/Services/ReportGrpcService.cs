using Grpc.Core;
using Mediator;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Tickets.CustomisationPipeline;
using ServiceDesk.Application.Tickets.SuggestionReview;
using ServiceDesk.Contracts.Reports.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using CsvFile = ServiceDesk.Contracts.Common.V1.CsvFile;

namespace ServiceDesk.Api.Grpc.Services;

/// <summary>The customisation pipeline and product management's suggestion review.</summary>
public sealed class ReportGrpcService(IMediator mediator, PortalLinks links) : ReportService.ReportServiceBase
{
    public override async Task<CustomisationPipeline> GetCustomisationPipeline(GetCustomisationPipelineRequest request, ServerCallContext context) =>
        (await mediator.Send(new CustomisationPipelineQuery(ParseOrganization(request.Organization, "organization")), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListResolvedSuggestionsResponse> ListResolvedSuggestions(ListResolvedSuggestionsRequest request, ServerCallContext context)
    {
        var query = new ListResolvedSuggestionsQuery(new Quarter(request.Year, request.Quarter), request.PageSize, request.PageToken);
        var page = (await mediator.Send(query, context.CancellationToken)).OrThrow();
        var response = new ListResolvedSuggestionsResponse { NextPageToken = page.NextPageToken };
        response.Suggestions.AddRange(page.Items.Select(s => s.ToProto(links)));
        return response;
    }

    public override async Task<CsvFile> ExportResolvedSuggestions(ExportResolvedSuggestionsRequest request, ServerCallContext context) =>
        (await mediator.Send(new ExportResolvedSuggestionsQuery(new Quarter(request.Year, request.Quarter)), context.CancellationToken)).OrThrow().ToProto();
}
