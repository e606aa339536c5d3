using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using ServiceDesk.TestSupport;

namespace ServiceDesk.EndToEnd.Tests;

/// <summary>
/// The built Api, started as its own process on two free loopback ports with settings on the command line, as an
/// operator would run it; stopped (with its children) on dispose.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public Uri WebAddress { get; }
    public Uri GrpcAddress { get; }

    private ApiProcess(Process process, Uri web, Uri grpc) => (_process, WebAddress, GrpcAddress) = (process, web, grpc);

    public static async Task<ApiProcess> StartAsync(TestDatabase database, string adminEmail, string adminPassword)
    {
        var (web, grpc) = (FreePort(), FreePort());
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Setting("ApiDirectory"),
        };
        foreach (var argument in new[]
        {
            Setting("ApiAssembly"),
            $"--contentRoot={Setting("ApiDirectory")}",
            $"--DataFolder={database.Folder}",
            $"--Database:Provider={database.Provider}",
            $"--Database:ConnectionString={database.ConnectionString}",
            $"--Bootstrap:AdminEmail={adminEmail}",
            $"--Bootstrap:AdminPassword={adminPassword}",
            $"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{web}",
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpc}",
        })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = Process.Start(start) ?? throw new InvalidOperationException("The Api did not start.");
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{web}"), new Uri($"http://127.0.0.1:{grpc}"));
        process.OutputDataReceived += (_, e) => api.Record(e.Data);
        process.ErrorDataReceived += (_, e) => api.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await api.WaitUntilServingAsync();
        return api;
    }

    /// <summary>Ready when the web endpoint serves the UI's page.</summary>
    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The Api exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var reply = await http.GetAsync(WebAddress);
                if (reply.IsSuccessStatusCode) return;
                throw new InvalidOperationException($"The Api serves no UI ({reply.StatusCode}): was src/Ui built?\n{Output}");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
        }
        throw new TimeoutException($"The Api did not answer within two minutes:\n{Output}");
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public static string Setting(string key) =>
        typeof(ApiProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
