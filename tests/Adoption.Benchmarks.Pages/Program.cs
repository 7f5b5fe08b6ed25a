using System.Globalization;
using Adoption.Benchmarks.Pages;
using Adoption.Portal.Demo;

// Serves the success-plan page of an account with 20 objectives and 100 milestones under 32
// keep-alive connections and prints requests/s and p50/p99 next to a bare Razor page measured in
// the same run. Run it through scripts/benchmark-pages.sh (Release build, wrk from Debian).
// With --scale: Portfolio, Today and an account's workspace of a CSM with 10,000 accounts and 200,000 people,
// under 8 connections, each against p99 <= 100 ms (scripts/benchmark-scale.sh), and the success plan's
// first visit after a change among 10,000 plans: a milestone of it changes between nearly every two visits.
var options = Options.Parse(args);
await using var portal = await PortalProcess.StartAsync(options.PortalDll);
const string Bare = "bare Razor page (/status/404: layout, no database)";
(string Name, string Path, string MustContain)[] pages;
string cookie;
// The page measured while its plan keeps changing; its visits sign in as the account's customer admin.
const string ChangingPlan = "plan page, changed between visits (/plan)";
string? customerCookie = null;
if (options.Scale)
{
    var first = await ScalePortfolio.WriteAsync(portal.DatabasePath, accounts: 10_000, contactsPerAccount: 20);
    cookie = await SignIn.CookieAsync(portal.BaseAddress, DemoSignIns.Csm.Email, DemoSignIns.Password);
    var workspace = first + 4_999;
    pages =
    [
        (Bare, "/status/404", "<h1>Not found</h1>"),
        ("Portfolio (/csm: 10,005 accounts)", "/csm", ScalePortfolio.NamePrefix),
        ("Today (/csm/today)", "/csm/today", "<h1"),
        ($"account workspace (/csm/accounts/{workspace}: 20 people)", $"/csm/accounts/{workspace}", ScalePortfolio.NamePrefix + "04999"),
        (ChangingPlan, "/plan", "Milestone 20.5: step 5 of the rollout"),
    ];
    await SignIn.CheckAsync(portal.BaseAddress, cookie, pages[..^1].Select(p => (p.Path, p.MustContain)), expectedRows: ("/csm", "<tr", 25));
    await BigPlan.WriteAsync(portal.DatabasePath, accountId: 1);
    customerCookie = await SignIn.CookieAsync(portal.BaseAddress, DemoSignIns.CustomerAdmin.Email, DemoSignIns.Password);
    await SignIn.CheckAsync(portal.BaseAddress, customerCookie, [(pages[^1].Path, pages[^1].MustContain)], expectedRows: ("/plan", "<tr", 100 + 20));
}
else
{
    await BigPlan.WriteAsync(portal.DatabasePath, accountId: 1);
    cookie = await SignIn.CookieAsync(portal.BaseAddress, DemoSignIns.CustomerAdmin.Email, DemoSignIns.Password);
    pages =
    [
        (Bare, "/status/404", "<h1>Not found</h1>"),
        ("success plan (/plan: 20 objectives, 100 milestones)", "/plan", "Milestone 20.5: step 5 of the rollout"),
    ];
    await SignIn.CheckAsync(portal.BaseAddress, cookie, pages.Select(p => (p.Path, p.MustContain)), expectedRows: ("/plan", "<tr", 100 + 20));
}

if (options.Serve)
{
    // For profiling by hand: the same set-up, then the portal stays up until this program is stopped.
    Console.WriteLine($"Serving {portal.BaseAddress} (database {portal.DatabasePath}); Cookie: {cookie}");
    await Task.Delay(Timeout.Infinite);
}

ILoadGenerator load = !options.ForceHttpClient && WrkLoad.IsInstalled() ? new WrkLoad() : new HttpClientLoad();
Console.WriteLine($"Load: {options.Connections} keep-alive connections, {options.Warmup.TotalSeconds:0} s warm-up, then {options.Rounds} rounds of {options.Duration.TotalSeconds:0} s per page, pages alternating; {Environment.ProcessorCount} cores, shared with whatever else runs (load average now {LoadAverage()}).");
var planChanges = new List<(long Changes, long Visits)>();
async Task<LoadResult> RunAsync((string Name, string Path, string MustContain) page, TimeSpan duration)
{
    if (page.Name != ChangingPlan)
    {
        return await load.RunAsync(new Uri(portal.BaseAddress, page.Path), cookie, options.Connections, duration);
    }

    await using var changer = PlanChanger.Start(portal.DatabasePath, accountId: 1);
    var result = await load.RunAsync(new Uri(portal.BaseAddress, page.Path), customerCookie!, options.Connections, duration);
    planChanges.Add((changer.Changes, result.Requests));
    return result;
}

foreach (var page in pages)
{
    await RunAsync(page, options.Warmup);
}

// Alternating rounds: a burst of load from elsewhere on the machine hits both pages alike, and the
// best round of each shows what the page costs when it has the cores.
var results = new List<(string Name, int Round, LoadResult Result)>();
for (var round = 1; round <= options.Rounds; round++)
{
    foreach (var page in pages)
    {
        results.Add((page.Name, round, await RunAsync(page, options.Duration)));
    }
}

Console.WriteLine();
Console.WriteLine($"{"page",-54}{"round",6}{"requests/s",12}{"p50 ms",9}{"p99 ms",9}{"errors",8}");
foreach (var (name, round, r) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-54}{round,6}{r.RequestsPerSecond,12:N0}{r.P50Ms,9:0.00}{r.P99Ms,9:0.00}{r.Failures,8}"));
}

Console.WriteLine();
Console.WriteLine("Best round of each page:");
foreach (var group in results.GroupBy(r => r.Name))
{
    var best = group.MaxBy(r => r.Result.RequestsPerSecond).Result;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-54}{"",6}{best.RequestsPerSecond,12:N0}{best.P50Ms,9:0.00}{best.P99Ms,9:0.00}{best.Failures,8}"));
}

var bare = results.Where(r => r.Name == pages[0].Name).MaxBy(r => r.Result.RequestsPerSecond).Result;
if (options.Scale)
{
    Console.WriteLine();
    var allMet = results.All(r => r.Result.Failures == 0);
    foreach (var page in pages.Skip(1))
    {
        var best = results.Where(r => r.Name == page.Name).MaxBy(r => r.Result.RequestsPerSecond).Result;
        var pageMet = best.P99Ms <= 100;
        allMet &= pageMet;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Name}: p99 {best.P99Ms:0.0} ms (bare page {bare.P99Ms:0.0} ms), target p99 <= 100 ms: {(pageMet ? "met" : "NOT met")}."));
    }

    var (changes, visits) = (planChanges.Sum(c => c.Changes), planChanges.Sum(c => c.Visits));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The plan changed {changes:N0} times during its {visits:N0} visits (warm-up included): at most {100.0 * Math.Max(0, visits - changes) / Math.Max(1, visits):0}% of them could reuse a rendering."));
    Console.WriteLine($"Generator: {bare.Generator}; load average now {LoadAverage()}.");
    return allMet ? 0 : 2;
}

var plan = results.Where(r => r.Name == pages[^1].Name).MaxBy(r => r.Result.RequestsPerSecond).Result;
var met = plan.RequestsPerSecond >= 3000 && plan.P99Ms <= 25 && results.All(r => r.Result.Failures == 0);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Plan page at {100 * plan.RequestsPerSecond / bare.RequestsPerSecond:0}% of the bare page's throughput (generator: {plan.Generator}; load average now {LoadAverage()})."));
Console.WriteLine($"Target for the plan page: >= 3,000 requests/s with p99 <= 25 ms: {(met ? "met" : "NOT met")}.");
return met ? 0 : 2;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

internal sealed record Options(string PortalDll, int Connections, TimeSpan Duration, TimeSpan Warmup, int Rounds, bool ForceHttpClient, bool Serve, bool Scale)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var portal = Value("--portal") ?? Path.Combine(AppContext.BaseDirectory, "Adoption.Portal.dll");
        return new Options(Path.GetFullPath(portal),
            int.Parse(Value("--connections") ?? (args.Contains("--scale") ? "8" : "32"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(int.Parse(Value("--seconds") ?? "10", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(int.Parse(Value("--warmup") ?? "8", CultureInfo.InvariantCulture)),
            int.Parse(Value("--rounds") ?? "3", CultureInfo.InvariantCulture),
            args.Contains("--httpclient"), args.Contains("--serve"), args.Contains("--scale"));
    }
}
