using Grpc.Core;
using ServiceDesk.Api.Identity;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Tickets.V1;
using ServiceDesk.Infrastructure.Persistence;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>
/// A watch outlives the moment it was authorised; it must not outlive the caller's token or account. Each test has a
/// world of its own, with hour-long tokens, since the tests walk the clock past them.
/// </summary>
public sealed class StreamCallerTests : IAsyncLifetime
{
    private World _world = null!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _world = await World.CreateAsync(DatabaseProvider.Sqlite, _ => builder => builder.UseSetting("Auth:TokenLifetime", "01:00:00"));

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task A_watch_ends_unauthenticated_when_its_token_expires()
    {
        using var watch = await StartAsync(_world.AlphaContact);
        _world.App.Clock.Advance(TimeSpan.FromMinutes(59));
        // Signed in now, so still signed in when the watcher's token has expired.
        var agent = await _world.App.SignInAsync(ServiceDeskApp.AdminEmail, _world.App.AdminPassword);

        await OnBehalfOfAlphaContactAsync(agent, "Before the token expires");
        // Heartbeats may come first: the clock passed many of their intervals.
        do Assert.True(await watch.ResponseStream.MoveNext(Cancel), "The watch ended before its token expired.");
        while (watch.ResponseStream.Current.Ticket is null);
        Assert.Equal("Before the token expires", watch.ResponseStream.Current.Ticket.Title);

        _world.App.Clock.Advance(TimeSpan.FromMinutes(2));
        await OnBehalfOfAlphaContactAsync(agent, "After the token expired");
        await EndsUnauthenticatedAsync(watch);
    }

    [Fact]
    public async Task A_watch_ends_unauthenticated_once_its_caller_is_deactivated()
    {
        using var watch = await StartAsync(_world.AlphaContact);

        await _world.DachAgent.Accounts.DeactivateAccountAsync(new DeactivateAccountRequest { Name = _world.AlphaContact.Name }, cancellationToken: Cancel);
        _world.App.Clock.Advance(CallerInterceptor.StreamRecheckInterval);
        await _world.IncidentAsync(_world.AlphaColleague, "Shared with the organisation");

        await EndsUnauthenticatedAsync(watch);
    }

    private async Task OnBehalfOfAlphaContactAsync(Caller agent, string title) =>
        await agent.Tickets.CreateIncidentAsync(new CreateIncidentRequest
        {
            Ticket = new NewTicketFields { Title = title, Description = "Called in.", OnBehalfOf = _world.AlphaContact.Name },
            Product = "LMS",
        }, cancellationToken: Cancel);

    private static async Task<AsyncServerStreamingCall<TicketEvent>> StartAsync(Caller caller)
    {
        var watch = caller.Tickets.WatchTickets(new WatchTicketsRequest(), cancellationToken: Cancel);
        Assert.True(await watch.ResponseStream.MoveNext(Cancel), "The watch did not start.");
        return watch;
    }

    private static async Task EndsUnauthenticatedAsync(AsyncServerStreamingCall<TicketEvent> watch)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var ended = await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal(StatusCode.Unauthenticated, ended.StatusCode);
    }
}
