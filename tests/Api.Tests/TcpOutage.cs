using System.Net;
using System.Net.Sockets;

namespace ServiceDesk.Api.Tests;

/// <summary>
/// A loopback TCP relay in front of a real server that can be taken down and brought back on the same port:
/// while down, connections are refused and open ones are cut, as when the server itself goes away.
/// </summary>
public sealed class TcpOutage(IPEndPoint target) : IAsyncDisposable
{
    private readonly int _port = FreePort();
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;

    public int Port => _port;

    public static TcpOutage Start(IPEndPoint target)
    {
        var outage = new TcpOutage(target);
        outage.BringBack();
        return outage;
    }

    public void BringBack()
    {
        _listener = new TcpListener(IPAddress.Loopback, _port);
        _listener.Start();
        _accepting = AcceptAsync(_listener);
    }

    public async Task TakeDownAsync()
    {
        _listener?.Stop();
        await _accepting;
        lock (_open)
        {
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient incoming;
            try
            {
                incoming = await listener.AcceptTcpClientAsync();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                return;
            }
            var outgoing = new TcpClient();
            await outgoing.ConnectAsync(target);
            lock (_open) _open.AddRange([incoming, outgoing]);
            _ = RelayAsync(incoming.GetStream(), outgoing.GetStream());
            _ = RelayAsync(outgoing.GetStream(), incoming.GetStream());
        }
    }

    private static async Task RelayAsync(Stream from, Stream to)
    {
        try
        {
            await from.CopyToAsync(to);
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
        }
        finally
        {
            to.Dispose();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync() => await TakeDownAsync();
}
