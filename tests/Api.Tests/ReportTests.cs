using System.Text;
using Grpc.Core;
using ServiceDesk.Contracts.Reports.V1;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>SPEC section 5 through the real gRPC pipeline: product management's quarterly review and the customisation pipeline.</summary>
public abstract class ReportTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ReportService.ReportServiceClient Reports(Caller caller) => new(caller.Invoker);

    private (int Year, int Quarter) QuarterOfNow()
    {
        var now = W.App.Clock.GetUtcNow().UtcDateTime;
        return (now.Year, (now.Month + 2) / 3);
    }

    private async Task<Ticket> SuggestionAsync(Caller reporter, string title)
    {
        var ticket = await W.ReclassifiedAsync(reporter, title, TicketType.Suggestion);
        return await W.DachAgent.Tickets.ResolveTicketAsync(new ResolveTicketRequest { Name = ticket.Name, Resolution = Resolution.ForwardedToProductManagement }, cancellationToken: Cancel);
    }

    [Fact]
    public async Task Quarterly_review_lists_the_suggestions_resolved_in_the_quarter_with_organisation_and_link()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (year, quarter) = QuarterOfNow();
        var alpha = await SuggestionAsync(W.AlphaContact, $"Dark mode {tag}");
        var beta = await SuggestionAsync(W.BetaContact, $"Bulk export {tag}");
        var open = await W.ReclassifiedAsync(W.AlphaContact, $"Not yet reviewed {tag}", TicketType.Suggestion);
        W.App.Clock.Advance(TimeSpan.FromDays(100));
        var nextQuarter = await SuggestionAsync(W.AlphaContact, $"Next quarter {tag}");

        var listed = new List<ResolvedSuggestion>();
        var token = "";
        do
        {
            var page = await Reports(W.Developer).ListResolvedSuggestionsAsync(new ListResolvedSuggestionsRequest { Year = year, Quarter = quarter, PageSize = 1, PageToken = token }, cancellationToken: Cancel);
            listed.AddRange(page.Suggestions);
            token = page.NextPageToken;
        } while (token != "");

        var ours = listed.Where(s => s.Title.EndsWith(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal([alpha.Name, beta.Name], ours.Select(s => s.Ticket));
        Assert.Equal((W.Alpha.Name, "Alpha GmbH", "Please help.", $"http://localhost:5101/tickets/{alpha.Key}"),
            (ours[0].Organization, ours[0].OrganizationDisplayName, ours[0].Description, ours[0].Link));
        Assert.Equal("Beta Ltd", ours[1].OrganizationDisplayName);
        Assert.DoesNotContain(listed, s => s.Ticket == open.Name || s.Ticket == nextQuarter.Name);
    }

    [Fact]
    public async Task Quarterly_review_exports_as_csv()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (year, quarter) = QuarterOfNow();
        var suggestion = await SuggestionAsync(W.AlphaContact, $"=Formula, with comma {tag}");

        var file = await Reports(W.DachAgent).ExportResolvedSuggestionsAsync(new ExportResolvedSuggestionsRequest { Year = year, Quarter = quarter }, cancellationToken: Cancel);

        var lines = Encoding.UTF8.GetString(file.Content.Span).Split("\r\n");
        Assert.Equal($"suggestions-{year:D4}-Q{quarter}.csv", file.FileName);
        Assert.Equal("ticket,organization,title,description,link,resolved_at", lines[0]);
        var row = Assert.Single(lines, l => l.StartsWith(suggestion.Key + ",", StringComparison.Ordinal));
        Assert.StartsWith($"{suggestion.Key},Alpha GmbH,\"'=Formula, with comma {tag}\",Please help.,http://localhost:5101/tickets/{suggestion.Key},", row);
    }

    [Fact]
    public async Task Quarterly_review_is_for_agents()
    {
        var (year, quarter) = QuarterOfNow();
        await Reports(W.AlphaContact).ListResolvedSuggestionsAsync(new ListResolvedSuggestionsRequest { Year = year, Quarter = quarter }, cancellationToken: Cancel).RefusedAsync(StatusCode.PermissionDenied);
        (await Reports(W.DachAgent).ListResolvedSuggestionsAsync(new ListResolvedSuggestionsRequest { Year = year, Quarter = 5 }, cancellationToken: Cancel).RefusedAsync(StatusCode.InvalidArgument))
            .FieldViolation("quarter");
    }

    [Fact]
    public async Task Customisation_pipeline_shows_each_customisation_at_its_stage()
    {
        var agent = W.DachAgent.Tickets;
        var estimating = await W.ReclassifiedAsync(W.AlphaContact, "Certificate template", TicketType.Customisation);
        estimating = await agent.RequestEstimationAsync(new TicketStepRequest { Name = estimating.Name }, cancellationToken: Cancel);
        var concept = await W.ReclassifiedAsync(W.AlphaContact, "Custom report", TicketType.Customisation);
        await agent.RequestEstimationAsync(new TicketStepRequest { Name = concept.Name }, cancellationToken: Cancel);
        await agent.ProvideEstimationAsync(new ProvideEstimationRequest { Name = concept.Name, Estimation = "2 days" }, cancellationToken: Cancel);
        await agent.RecordOrderAsync(new TicketStepRequest { Name = concept.Name }, cancellationToken: Cancel);
        var reviewing = await W.ReclassifiedAsync(W.AlphaContact, "Not estimated yet", TicketType.Customisation);
        var otherOrganisation = await W.ReclassifiedAsync(W.BetaContact, "Beta's own", TicketType.Customisation);
        await agent.RequestEstimationAsync(new TicketStepRequest { Name = otherOrganisation.Name }, cancellationToken: Cancel);

        var pipeline = await Reports(W.DachAgent).GetCustomisationPipelineAsync(new GetCustomisationPipelineRequest { Organization = W.Alpha.Name }, cancellationToken: Cancel);

        Assert.Equal("sales@example.test", pipeline.SalesContactEmail);
        Assert.Equal(Enumerable.Range(1, 6).Select(n => (CustomisationStage)n), pipeline.Stages.Select(s => s.Stage));
        var stageOf = pipeline.Stages.SelectMany(s => s.Tickets.Select(t => (t.Ticket, s.Stage))).ToDictionary(p => p.Ticket, p => p.Stage);
        Assert.Equal(CustomisationStage.EstimationInProgress, stageOf[estimating.Name]);
        Assert.Equal(CustomisationStage.ConceptApproval, stageOf[concept.Name]);
        Assert.False(stageOf.ContainsKey(reviewing.Name));
        Assert.False(stageOf.ContainsKey(otherOrganisation.Name));

        await Reports(W.BetaContact).GetCustomisationPipelineAsync(new GetCustomisationPipelineRequest { Organization = W.Alpha.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
    }
}

public sealed class ReportsOnSqlite(SqliteWorld fixture) : ReportTests(fixture), IClassFixture<SqliteWorld>;

public sealed class ReportsOnPostgres(PostgresWorld fixture) : ReportTests(fixture), IClassFixture<PostgresWorld>;

public sealed class ReportsOnSqlServer(SqlServerWorld fixture) : ReportTests(fixture), IClassFixture<SqlServerWorld>;
