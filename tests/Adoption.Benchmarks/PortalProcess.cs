using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Adoption.Benchmarks;

/// <summary>The portal as an operator runs it: its own process, Release build, fresh SQLite file.</summary>
internal sealed class PortalProcess : IDisposable
{
    private readonly Process process;
    private long peakRssKb;

    private PortalProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PortalProcess> StartAsync(string portalDll, string databasePath)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [portalDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(portalDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__AllowHttp"] = "true";
        start.Environment["Email__PublicUrl"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Adoption"] = $"Data Source={databasePath}";
        start.Environment["Demo__Seed"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("portal: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await portal.WaitUntilReadyAsync();
        return portal;
    }

    /// <summary>Samples the resident set; the kernel's high-water mark (VmHWM) is read as well.</summary>
    public long SamplePeakMemoryBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal) || line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                peakRssKb = Math.Max(peakRssKb, kb);
            }
        }

        return peakRssKb * 1024;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with code {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync("/openapi/v1.json")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The portal did not answer within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
