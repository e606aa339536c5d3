using ServiceDesk.Application.Tickets.CustomisationPipeline;
using ServiceDesk.Application.Tickets.SuggestionReview;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Abstractions;

/// <summary>Views across tickets for sales and product management, limited to what the viewer may see.</summary>
public interface ITicketReports
{
    /// <summary>The organisation's Customisations in a pipeline status (or waiting for the customer), oldest first.</summary>
    Task<IReadOnlyList<PipelineTicket>> CustomisationsAsync(Guid organizationId, Actor viewer, CancellationToken cancellationToken);

    /// <summary>Suggestions resolved from <paramref name="from"/> (inclusive) to <paramref name="to"/>, by resolution time then id, after the given position (keyset).</summary>
    Task<IReadOnlyList<ResolvedSuggestion>> ResolvedSuggestionsAsync(DateTimeOffset from, DateTimeOffset to, Actor viewer,
        DateTimeOffset? afterResolvedAt, long? afterId, int take, CancellationToken cancellationToken);
}
