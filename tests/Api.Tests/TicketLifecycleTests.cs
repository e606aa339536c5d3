using Grpc.Core;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>Whole ticket lives through the real gRPC pipeline, as the desk works them (SPEC section 5).</summary>
public abstract class TicketLifecycleTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Software_defect_lives_from_the_contacts_incident_to_the_customers_confirmation()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Course import drops participants");
        Assert.Equal(TicketType.Incident, ticket.Type);
        Assert.Equal(TicketStatus.Opened, ticket.Status);
        Assert.Equal(Channel.Portal, ticket.Channel);
        Assert.StartsWith("SD-", ticket.Key);

        var agent = W.DachAgent.Tickets;
        ticket = await agent.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name, Etag = ticket.Etag }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.PreCheck, ticket.Status);
        Assert.Equal(W.DachAgent.Name, ticket.Assignee);
        ticket = await agent.StartReviewAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await agent.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SoftwareDefect }, cancellationToken: Cancel);
        ticket = await agent.SetPriorityAsync(new SetPriorityRequest { Name = ticket.Name, Priority = Priority.P3, FaultCategory = FaultCategory.SoftwareUsability }, cancellationToken: Cancel);
        ticket = await agent.MarkReproducedAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await agent.StartProgressAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.InProgress, ticket.Status);
        ticket = await agent.SetFixVersionAsync(new SetFixVersionRequest { Name = ticket.Name, FixVersion = "7.4.12" }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.DeliveryPending, ticket.Status);
        Assert.Equal("7.4.12", ticket.FixVersion);
        ticket = await agent.MarkDeliveredAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.Resolved, ticket.Status);
        Assert.Equal(Resolution.Fixed, ticket.Resolution);

        ticket = await W.AlphaContact.Tickets.ConfirmResolutionAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.Closed, ticket.Status);
        Assert.Equal(CloseReason.ConfirmedByCustomer, ticket.CloseReason);

        // The customer sees every change of status, type, priority and fix version, newest first.
        var seen = await W.AlphaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(ActivityKind.StatusChanged, seen.Activities[0].Kind);
        Assert.Equal("Closed", seen.Activities[0].To);
        Assert.Contains(seen.Activities, a => a.Kind == ActivityKind.TypeChanged && a.To == "SoftwareDefect");
        Assert.Contains(seen.Activities, a => a.Kind == ActivityKind.PriorityChanged);
        Assert.Contains(seen.Activities, a => a.Kind == ActivityKind.FixVersionChanged && a.To == "7.4.12");
        Assert.All(seen.Activities.Zip(seen.Activities.Skip(1)), pair => Assert.True(pair.First.Time.CompareTo(pair.Second.Time) >= 0));
    }

    [Fact]
    public async Task Customisation_goes_through_estimation_order_and_concept_to_delivery_pending()
    {
        var agent = W.DachAgent.Tickets;
        var ticket = await W.RequestAsync(W.AlphaContact, "Add a certificate template");
        ticket = await W.WalkToReviewAsync(ticket);
        ticket = await agent.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.Customisation }, cancellationToken: Cancel);
        ticket = await agent.RequestEstimationAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.EstimationInProgress, ticket.Status);
        ticket = await agent.ProvideEstimationAsync(new ProvideEstimationRequest { Name = ticket.Name, Estimation = "3 person days" }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.EstimationAvailable, ticket.Status);
        ticket = await agent.RecordOrderAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.Ordered, ticket.Status);

        var early = await Assert.ThrowsAsync<RpcException>(() => agent.StartProgressAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);

        ticket = await W.AlphaContact.Tickets.ApproveConceptAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.NotNull(ticket.ConceptApproveTime);
        ticket = await agent.StartProgressAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        ticket = await agent.SetFixVersionAsync(new SetFixVersionRequest { Name = ticket.Name, FixVersion = "CUSTOM" }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.DeliveryPending, ticket.Status);
        Assert.Equal("CUSTOM", ticket.FixVersion);
        ticket = await agent.MarkDeliveredAsync(new TicketStepRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.Closed, ticket.Status);
        Assert.Equal(CloseReason.Delivered, ticket.CloseReason);
    }

    [Fact]
    public async Task Suggestion_is_forwarded_to_product_management_and_resolved()
    {
        var ticket = await W.WalkToReviewAsync(await W.RequestAsync(W.AlphaContact, "Dark mode please"));
        ticket = await W.DachAgent.Tickets.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.Suggestion }, cancellationToken: Cancel);
        ticket = await W.DachAgent.Tickets.ResolveTicketAsync(new ResolveTicketRequest { Name = ticket.Name, Resolution = Resolution.ForwardedToProductManagement }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.Resolved, ticket.Status);
        Assert.Equal(Resolution.ForwardedToProductManagement, ticket.Resolution);
    }

    [Fact]
    public async Task Customer_answer_to_a_question_returns_the_ticket_to_review_and_a_reopened_ticket_too()
    {
        var ticket = await W.WalkToReviewAsync(await W.RequestAsync(W.AlphaContact, "Where is the patch documentation?"));
        ticket = await W.DachAgent.Tickets.RequestClarificationAsync(new RequestClarificationRequest { Name = ticket.Name, Question = "Which version?" }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.ClarificationRequired, ticket.Status);
        ticket = await W.AlphaContact.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "7.4" }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.InReview, ticket.Status);

        ticket = await W.DachAgent.Tickets.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = TicketType.SupportRequest }, cancellationToken: Cancel);
        ticket = await W.DachAgent.Tickets.ResolveTicketAsync(new ResolveTicketRequest { Name = ticket.Name, Resolution = Resolution.Answered, Note = "See the release notes." }, cancellationToken: Cancel);
        ticket = await W.AlphaContact.Tickets.ReopenTicketAsync(new ReopenTicketRequest { Name = ticket.Name, Reason = "The link is broken." }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.InReview, ticket.Status);
        Assert.Equal(Resolution.Unspecified, ticket.Resolution);
    }

    [Fact]
    public async Task Retried_create_with_the_same_request_id_returns_the_first_ticket()
    {
        var requestId = Guid.NewGuid().ToString();
        var first = await W.IncidentAsync(W.AlphaPartner, "LMS sync failed", requestId: requestId);
        var retry = await W.IncidentAsync(W.AlphaPartner, "LMS sync failed", requestId: requestId);
        Assert.Equal(first.Name, retry.Name);
        Assert.Equal(Channel.Api, first.Channel);
    }

    [Fact]
    public async Task Racing_creates_with_the_same_request_id_make_one_ticket()
    {
        var requestId = Guid.NewGuid().ToString();
        var title = "Race " + requestId;
        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => W.IncidentAsync(W.AlphaPartner, title, requestId: requestId)));
        Assert.Single(created.Select(t => t.Name).Distinct());
        var listed = await W.DachAgent.Tickets.ListTicketsAsync(new ListTicketsRequest { Keyword = requestId }, cancellationToken: Cancel);
        Assert.Single(listed.Tickets);
    }

    [Fact]
    public async Task A_change_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Stale etag");
        var accepted = await W.DachAgent.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name, Etag = ticket.Etag }, cancellationToken: Cancel);
        Assert.NotEqual(ticket.Etag, accepted.Etag);
        var stale = await Assert.ThrowsAsync<RpcException>(() =>
            W.DachAgent.Tickets.StartReviewAsync(new TicketStepRequest { Name = ticket.Name, Etag = ticket.Etag }, cancellationToken: Cancel).ResponseAsync);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var now = await W.DachAgent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.PreCheck, now.Status);
        Assert.Equal(accepted.Etag, now.Etag);
    }
}

public sealed class TicketLifecycleOnSqlite(SqliteWorld fixture) : TicketLifecycleTests(fixture), IClassFixture<SqliteWorld>;

public sealed class TicketLifecycleOnPostgres(PostgresWorld fixture) : TicketLifecycleTests(fixture), IClassFixture<PostgresWorld>;

public sealed class TicketLifecycleOnSqlServer(SqlServerWorld fixture) : TicketLifecycleTests(fixture), IClassFixture<SqlServerWorld>;
