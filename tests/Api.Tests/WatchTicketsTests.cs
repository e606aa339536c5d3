using Grpc.Core;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>Live updates (WatchTickets): changes arrive as they commit, only for tickets the watcher may see, and a resumed watch misses nothing.</summary>
public abstract class WatchTicketsTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Agent_watching_sees_a_contacts_new_ticket_and_each_later_change()
    {
        using var watch = await WatchAsync(W.DachAgent);
        var ticket = await W.IncidentAsync(W.AlphaContact, "Watched from the start");
        Assert.Equal("1", (await watch.NextOfAsync(ticket.Name)).Etag);

        await W.AlphaContact.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "More details" }, cancellationToken: Cancel);
        var changed = await watch.NextOfAsync(ticket.Name);
        Assert.Equal("2", changed.Etag);
    }

    [Fact]
    public async Task Contact_is_told_of_their_own_tickets_but_never_of_another_organisations()
    {
        using var watch = await WatchAsync(W.BetaContact);
        var alpha = await W.IncidentAsync(W.AlphaContact, "Alpha's secret");
        await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = alpha.Name, Text = "Internal note", Internal = true }, cancellationToken: Cancel);
        var beta = await W.IncidentAsync(W.BetaContact, "Beta's own");

        // Alpha's ticket changed first: had it been visible, it would have come first.
        var first = await watch.NextTicketAsync();
        Assert.Equal(beta.Name, first.Name);
    }

    [Fact]
    public async Task A_resumed_watch_replays_what_changed_while_it_was_disconnected()
    {
        string token;
        using (var first = await WatchAsync(W.DachAgent))
            token = first.ResumeToken;

        var missed = await W.IncidentAsync(W.AlphaContact, "Raised while nobody watched");

        using var resumed = await WatchAsync(W.DachAgent, token);
        Assert.Equal(missed.Name, (await resumed.NextOfAsync(missed.Name)).Name);
    }

    [Fact]
    public async Task A_resume_token_the_service_did_not_issue_is_invalid_argument()
    {
        using var call = W.DachAgent.Tickets.WatchTickets(new WatchTicketsRequest { ResumeToken = "not-a-token" }, cancellationToken: Cancel);
        var refused = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(Cancel));
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
    }

    private static async Task<Watch> WatchAsync(Caller caller, string resumeToken = "")
    {
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var call = caller.Tickets.WatchTickets(new WatchTicketsRequest { ResumeToken = resumeToken }, cancellationToken: cancel.Token);
        var watch = new Watch(call, cancel);
        // The first event says the watch has started, and from where.
        var started = await watch.NextAsync();
        Assert.Null(started.Ticket);
        return watch;
    }

    private sealed class Watch(AsyncServerStreamingCall<TicketEvent> call, CancellationTokenSource cancel) : IDisposable
    {
        public string ResumeToken { get; private set; } = "";

        public async Task<TicketEvent> NextAsync()
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            Assert.True(await call.ResponseStream.MoveNext(timeout.Token), "The watch ended.");
            ResumeToken = call.ResponseStream.Current.ResumeToken;
            return call.ResponseStream.Current;
        }

        public async Task<TicketSummary> NextTicketAsync()
        {
            while (true)
                if ((await NextAsync()).Ticket is { } ticket) return ticket;
        }

        /// <summary>The next event of one ticket; tests of the same class change other tickets meanwhile.</summary>
        public async Task<TicketSummary> NextOfAsync(string name)
        {
            while (true)
                if (await NextTicketAsync() is { } ticket && ticket.Name == name) return ticket;
        }

        public void Dispose()
        {
            cancel.Cancel();
            call.Dispose();
            cancel.Dispose();
        }
    }
}

public sealed class WatchTicketsOnSqlite(SqliteWorld fixture) : WatchTicketsTests(fixture), IClassFixture<SqliteWorld>;

public sealed class WatchTicketsOnPostgres(PostgresWorld fixture) : WatchTicketsTests(fixture), IClassFixture<PostgresWorld>;
