using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Adoption.Benchmarks.Pages;

/// <summary>What one page did under load.</summary>
internal sealed record LoadResult(string Generator, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Failures);

/// <summary>Keeps <c>connections</c> keep-alive connections busy with GETs of one URL for a fixed time.</summary>
internal interface ILoadGenerator
{
    Task<LoadResult> RunAsync(Uri url, string cookie, int connections, TimeSpan duration);
}

/// <summary>wrk from Debian: C, event-driven, so it leaves the cores to the portal.</summary>
internal sealed partial class WrkLoad : ILoadGenerator
{
    public static bool IsInstalled() => File.Exists("/usr/bin/wrk");

    public async Task<LoadResult> RunAsync(Uri url, string cookie, int connections, TimeSpan duration)
    {
        var start = new ProcessStartInfo("/usr/bin/wrk",
            ["-t2", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "-H", $"Cookie: {cookie}", url.ToString()])
        { RedirectStandardOutput = true };
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var failures = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new LoadResult("wrk", double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Latency(output, "50%"), Latency(output, "99%"), requests, failures);
    }

    private static double Latency(string output, string percentile)
    {
        var m = Regex.Match(output, $@"^\s*{percentile}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}

/// <summary>The fallback without wrk: HttpClient over <c>connections</c> pooled keep-alive sockets.</summary>
internal sealed class HttpClientLoad : ILoadGenerator
{
    public async Task<LoadResult> RunAsync(Uri url, string cookie, int connections, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(100_000);
            long failures = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var t0 = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                latencies.Add(Stopwatch.GetTimestamp() - t0);
                failures += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }

            return (latencies, failures);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        double Ms(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))] * 1000.0 / Stopwatch.Frequency;
        return new LoadResult("HttpClient", all.Length / elapsed, Ms(0.50), Ms(0.99), all.Length, results.Sum(r => r.failures));
    }
}
