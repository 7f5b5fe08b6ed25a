using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Adoption.Benchmarks.Pages;
using Adoption.Portal.Demo;

// Serves the success-plan page of an account with 20 objectives and 100 milestones under 32
// keep-alive connections and prints requests/s and p50/p99 next to a bare Razor page measured in
// the same run. Run it through scripts/benchmark-pages.sh (Release build, wrk from Debian).
var options = Options.Parse(args);
await using var portal = await PortalProcess.StartAsync(options.PortalDll);
await BigPlan.WriteAsync(portal.DatabasePath, accountId: 1);
var cookie = await SignIn.CookieAsync(portal.BaseAddress, DemoSignIns.CustomerAdmin.Email, DemoSignIns.Password);

var pages = new (string Name, string Path, string MustContain)[]
{
    ("bare Razor page (/status/404: layout, no database)", "/status/404", "<h1>Not found</h1>"),
    ("success plan (/plan: 20 objectives, 100 milestones)", "/plan", "Milestone 20.5: step 5 of the rollout"),
};
await SignIn.CheckAsync(portal.BaseAddress, cookie, pages.Select(p => (p.Path, p.MustContain)), expectedRows: ("/plan", "<tr", 100 + 20));

if (options.Serve)
{
    // For profiling by hand: the same set-up, then the portal stays up until this program is stopped.
    Console.WriteLine($"Serving {portal.BaseAddress} (database {portal.DatabasePath}); Cookie: {cookie}");
    await Task.Delay(Timeout.Infinite);
}

ILoadGenerator load = !options.ForceHttpClient && WrkLoad.IsInstalled() ? new WrkLoad() : new HttpClientLoad();
Console.WriteLine($"Load: {options.Connections} keep-alive connections, {options.Warmup.TotalSeconds:0} s warm-up then {options.Duration.TotalSeconds:0} s per page, {Environment.ProcessorCount} cores (shared with anything else running).");
var results = new List<(string Name, LoadResult Result)>();
foreach (var page in pages)
{
    var url = new Uri(portal.BaseAddress, page.Path);
    await load.RunAsync(url, cookie, options.Connections, options.Warmup);
    results.Add((page.Name, await load.RunAsync(url, cookie, options.Connections, options.Duration)));
}

Console.WriteLine();
Console.WriteLine($"{"page",-54}{"requests/s",12}{"p50 ms",9}{"p99 ms",9}{"errors",8}");
foreach (var (name, r) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-54}{r.RequestsPerSecond,12:N0}{r.P50Ms,9:0.00}{r.P99Ms,9:0.00}{r.Failures,8}"));
}

var plan = results[^1].Result;
var met = plan.RequestsPerSecond >= 3000 && plan.P99Ms <= 25 && plan.Failures == 0;
Console.WriteLine();
Console.WriteLine($"Target for the plan page: >= 3,000 requests/s with p99 <= 25 ms: {(met ? "met" : "NOT met")} (generator: {plan.Generator}).");
return met ? 0 : 2;

internal sealed record Options(string PortalDll, int Connections, TimeSpan Duration, TimeSpan Warmup, bool ForceHttpClient, bool Serve)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var portal = Value("--portal") ?? Path.Combine(AppContext.BaseDirectory, "Adoption.Portal.dll");
        return new Options(Path.GetFullPath(portal),
            int.Parse(Value("--connections") ?? "32", CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(int.Parse(Value("--seconds") ?? "10", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(int.Parse(Value("--warmup") ?? "3", CultureInfo.InvariantCulture)),
            args.Contains("--httpclient"), args.Contains("--serve"));
    }
}

internal static partial class SignIn
{
    /// <summary>Signs in through the real form and returns the Cookie header value the load generator sends.</summary>
    public static async Task<string> CookieAsync(Uri baseAddress, string email, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        var form = await client.GetStringAsync(new Uri("/signin", UriKind.Relative));
        var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        }

        return cookies.GetCookieHeader(baseAddress);
    }

    /// <summary>Proves each page answers 200 with its content for this cookie before any number is taken.</summary>
    public static async Task CheckAsync(Uri baseAddress, string cookie, IEnumerable<(string Path, string MustContain)> pages, (string Path, string Marker, int Count) expectedRows)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        foreach (var (path, mustContain) in pages)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains(mustContain, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} without \"{mustContain}\".");
            }

            if (path == expectedRows.Path && Regex.Count(html, Regex.Escape(expectedRows.Marker)) < expectedRows.Count)
            {
                throw new InvalidOperationException($"{path} shows fewer than {expectedRows.Count} rows.");
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
