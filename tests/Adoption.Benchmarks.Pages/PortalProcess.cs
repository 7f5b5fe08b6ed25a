using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Adoption.Benchmarks.Pages;

/// <summary>The Release portal in its own process on a fresh SQLite file, seeded with the demo.</summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process process;

    public Uri BaseAddress { get; }
    public string DatabasePath { get; }

    private PortalProcess(Process process, Uri baseAddress, string databasePath) =>
        (this.process, BaseAddress, DatabasePath) = (process, baseAddress, databasePath);

    public static async Task<PortalProcess> StartAsync(string portalDll)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"adoption-benchmark-{Guid.NewGuid():N}.db");
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [portalDll])
        {
            WorkingDirectory = Path.GetDirectoryName(portalDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = baseAddress.ToString(),
                ["ConnectionStrings__Adoption"] = $"Data Source={databasePath}",
                ["Demo__Seed"] = "true",
                ["Portal__AllowHttp"] = "true",
                ["Email__PublicUrl"] = baseAddress.ToString(),
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"portal: {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, baseAddress, databasePath);
        await portal.WaitUntilServingAsync();
        return portal;
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with code {process.ExitCode}.");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/signin", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Still migrating and seeding.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The portal did not answer within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
