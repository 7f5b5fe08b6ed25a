using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Adoption.Benchmarks.Engagements;

internal sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Failures);

/// <summary>wrk with a Lua script: POST bodies that cycle through the demo's users, the server key on every request.</summary>
internal static partial class WrkScript
{
    public static string Decide(string authorization, IReadOnlyList<string> users) => $$"""
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["Authorization"] = "{{authorization}}"
        local users = { {{string.Join(", ", users.Select(u => $"\"{u}\""))}} }
        local i = 0
        request = function()
          i = i + 1
          local user = users[(i % #users) + 1]
          return wrk.format(nil, nil, nil, '{"userId":"' .. user .. '","locale":"en","placements":["home","reports"]}')
        end
        """;

    public static string Get(string authorization) => $$"""
        wrk.method = "GET"
        wrk.headers["Authorization"] = "{{authorization}}"
        """;

    public static async Task<LoadResult> RunAsync(Uri url, string script, int connections, TimeSpan duration)
    {
        var path = Path.Combine(Path.GetTempPath(), $"adoption-decide-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(path, script, Encoding.UTF8);
        try
        {
            var start = new ProcessStartInfo("/usr/bin/wrk",
                ["-t2", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "-s", path, url.ToString()]) { RedirectStandardOutput = true };
            using var wrk = Process.Start(start)!;
            var output = await wrk.StandardOutput.ReadToEndAsync();
            await wrk.WaitForExitAsync();
            var failures = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            return new LoadResult(double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
                Latency(output, "50%"), Latency(output, "99%"), long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture), failures);
        }
        finally
        {
            File.Delete(path);
        }
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
