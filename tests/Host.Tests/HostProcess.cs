using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WorkflowPlatform.Host.Tests;

/// <summary>The host as a separate OS process (the built WorkflowPlatform.Host.dll), so a test can kill it outright.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process process;

    private HostProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    /// <param name="settings">Configuration passed on the command line, on top of the data directory and URL.</param>
    public static async Task<HostProcess> StartAsync(string dataDir, IReadOnlyDictionary<string, string>? settings = null)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { HostDll(), "--Urls", url, "--DataDir", dataDir, "--Workflows:Path", Path.Combine(dataDir, "workflows") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataDir,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(process, url);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        await Polling.UntilAsync(async () =>
        {
            try
            {
                return (await client.GetAsync("/health/ready")).StatusCode;
            }
            catch (HttpRequestException)
            {
                return HttpStatusCode.ServiceUnavailable;
            }
        }, status => status == HttpStatusCode.OK || process.HasExited, 60, $"the host at {url} to be ready");
        Assert.False(process.HasExited, "The host process exited during start-up.");
        return host;
    }

    /// <summary>SIGKILL: no graceful shutdown, no flush, nothing.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private static string HostDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "WorkflowPlatform.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The host is not built next to the tests.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
