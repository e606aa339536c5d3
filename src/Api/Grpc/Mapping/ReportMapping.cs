using ServiceDesk.Application.Common;
using ServiceDesk.Application.Tickets.CustomisationPipeline;
using ServiceDesk.Contracts.Reports.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>The one place where the customisation pipeline and the suggestion review cross the wire.</summary>
public static class ReportMapping
{
    public static CustomisationPipeline ToProto(this Pipeline pipeline)
    {
        var reply = new CustomisationPipeline { Organization = Organization(pipeline.OrganizationId), SalesContactEmail = pipeline.SalesContactEmail ?? "" };
        reply.Stages.AddRange(pipeline.Stages.Select(s =>
        {
            var stage = new PipelineStage { Stage = s.Stage.To<CustomisationStage>() };
            stage.Tickets.AddRange(s.Tickets.Select(t => new Contracts.Reports.V1.PipelineTicket
            {
                Ticket = Ticket(t.Id),
                Title = t.Title,
                WaitingForCustomer = t.WaitingForCustomer,
                UpdateTime = t.UpdatedAt.ToProto(),
            }));
            return stage;
        }));
        return reply;
    }

    public static ResolvedSuggestion ToProto(this Application.Tickets.SuggestionReview.ResolvedSuggestion suggestion, PortalLinks links) => new()
    {
        Ticket = Ticket(suggestion.Id),
        Organization = Organization(suggestion.OrganizationId),
        OrganizationDisplayName = suggestion.OrganizationName,
        Title = suggestion.Title,
        Description = suggestion.Description,
        Link = links.Ticket(suggestion.Id),
        ResolveTime = suggestion.ResolvedAt.ToProto(),
    };
}
