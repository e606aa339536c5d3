using System.Globalization;
using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.SuggestionReview;

/// <summary>A calendar quarter, from midnight UTC on its first day.</summary>
public sealed record Quarter(int Year, int Number)
{
    public DateTimeOffset Start => new(Year, 3 * Number - 2, 1, 0, 0, 0, TimeSpan.Zero);
    public DateTimeOffset End => Start.AddMonths(3);
    public override string ToString() => $"{Year:D4}-Q{Number}";
}

/// <summary>A suggestion forwarded to product management, as its quarterly review lists it.</summary>
public sealed record ResolvedSuggestion(long Id, Guid OrganizationId, string OrganizationName, string Title, string Description, DateTimeOffset ResolvedAt);

/// <summary>The suggestions resolved in a quarter (SPEC section 5): product management reviews them every quarter.</summary>
public sealed record ListResolvedSuggestionsQuery(Quarter Quarter, int PageSize, string? PageToken) : IQuery<Result<Page<ResolvedSuggestion>>>;

/// <summary>All of them as a CSV file.</summary>
public sealed record ExportResolvedSuggestionsQuery(Quarter Quarter) : IQuery<Result<CsvFile>>;

public sealed class QuarterValidator : AbstractValidator<Quarter>
{
    public QuarterValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 9998);
        RuleFor(q => q.Number).InclusiveBetween(1, 4).OverridePropertyName("quarter");
    }
}

public sealed class ListResolvedSuggestionsValidator : AbstractValidator<ListResolvedSuggestionsQuery>
{
    public ListResolvedSuggestionsValidator() => RuleFor(q => q.Quarter).SetValidator(new QuarterValidator()).OverridePropertyName("");
}

public sealed class ExportResolvedSuggestionsValidator : AbstractValidator<ExportResolvedSuggestionsQuery>
{
    public ExportResolvedSuggestionsValidator() => RuleFor(q => q.Quarter).SetValidator(new QuarterValidator()).OverridePropertyName("");
}

public sealed class ResolvedSuggestionsHandlers(ICurrentUser currentUser, ITicketReports reports, PortalLinks links)
    : IQueryHandler<ListResolvedSuggestionsQuery, Result<Page<ResolvedSuggestion>>>,
      IQueryHandler<ExportResolvedSuggestionsQuery, Result<CsvFile>>
{
    /// <summary>The export reads in pages of this size until the quarter is done.</summary>
    private const int ExportBatch = 500;

    public async ValueTask<Result<Page<ResolvedSuggestion>>> Handle(ListResolvedSuggestionsQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAgent) return AccessErrors.AgentsOnly;
        var after = TimedPageToken.Decode(query.PageToken);
        long? afterId = after is { } position
            ? long.TryParse(position.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw PageToken.Invalid()
            : null;
        var size = Paging.Size(query.PageSize);
        var rows = await reports.ResolvedSuggestionsAsync(query.Quarter.Start, query.Quarter.End, currentUser.Actor, after?.At, afterId, size + 1, cancellationToken);
        var last = rows.Count > size ? rows[size - 1] : null;
        var next = last is null ? "" : TimedPageToken.Encode(last.ResolvedAt, last.Id.ToString(CultureInfo.InvariantCulture));
        return new Page<ResolvedSuggestion>(rows.Take(size).ToList(), next);
    }

    public async ValueTask<Result<CsvFile>> Handle(ExportResolvedSuggestionsQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAgent) return AccessErrors.AgentsOnly;
        var all = new List<ResolvedSuggestion>();
        IReadOnlyList<ResolvedSuggestion> batch;
        do
        {
            var last = all.LastOrDefault();
            batch = await reports.ResolvedSuggestionsAsync(query.Quarter.Start, query.Quarter.End, currentUser.Actor, last?.ResolvedAt, last?.Id, ExportBatch, cancellationToken);
            all.AddRange(batch);
        } while (batch.Count == ExportBatch);

        IReadOnlyList<string>[] header = [["ticket", "organization", "title", "description", "link", "resolved_at"]];
        var rows = all.Select(s => (IReadOnlyList<string>)
        [
            Ticket.FormatKey(s.Id), Csv.Text(s.OrganizationName), Csv.Text(s.Title), Csv.Text(s.Description), links.Ticket(s.Id),
            s.ResolvedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ]);
        return new CsvFile($"suggestions-{query.Quarter}.csv", Csv.Write(header.Concat(rows)));
    }
}
