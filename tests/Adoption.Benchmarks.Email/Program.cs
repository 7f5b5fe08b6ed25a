using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

// Email programs at scale, with the Release portal as its own process on a fresh SQLite file:
// 1. `programs run weekly-digest` for 100,000 generated contacts (spread over the demo's accounts, in
//    the four languages and their time zones; half of them also host-product users): every digest
//    rendered and queued. Target <= 60 s.
// 2. Delivery of the queued digests to a local aiosmtpd by the portal's outbox sender
//    (`programs run … --deliver`: claim, send, mark sent, one message at a time), next to a bare
//    MailKit loop building and sending the same messages on one connection to the same server, run
//    before and after it (the baseline is their mean), each in a fresh process. Both are measured
//    after the same warm-up. Target: the outbox at >= 0.7 x the bare loop.
// Run it through scripts/benchmark-email.sh. Options: --contacts N, --deliver N, --warmup N.
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
if (Value("--bare-loop") is { } bareDatabase)
{
    // The baseline's own process, started by BareLoop.MeasureAsync.
    int Number(string name) => int.Parse(Value(name)!, CultureInfo.InvariantCulture);
    await BareLoop.RunAsync(bareDatabase, long.Parse(Value("--from")!, CultureInfo.InvariantCulture), Number("--warmup"), Number("--count"), Number("--port"));
    return;
}

var portalDll = Path.GetFullPath(Value("--portal") ?? Path.Combine(AppContext.BaseDirectory, "Adoption.Portal.dll"));
var contacts = int.Parse(Value("--contacts") ?? "100000", CultureInfo.InvariantCulture);
var deliver = int.Parse(Value("--deliver") ?? "10000", CultureInfo.InvariantCulture);
var warmup = int.Parse(Value("--warmup") ?? "10000", CultureInfo.InvariantCulture);
var database = Path.Combine(Path.GetTempPath(), $"adoption-email-benchmark-{Guid.NewGuid():N}.db");
var smtpPort = FreePort();
using var smtp = StartSmtp(smtpPort);

try
{
    Console.WriteLine($"{Environment.ProcessorCount} cores, shared with whatever else runs (load average now {LoadAverage()}).");
    await RunPortalAsync("programs", "list"); // migrates and seeds the demo
    var languages = await BenchmarkDatabase.AddContactsAsync(database, contacts);
    Console.WriteLine($"Generated {contacts:N0} contacts ({languages}).");

    // 1. Render and queue.
    var wall = Stopwatch.StartNew();
    var queued = await RunPortalAsync("programs", "run", "weekly-digest");
    wall.Stop();
    var summary = queued.Split('\n').Last(l => l.StartsWith("weekly-digest:", StringComparison.Ordinal));
    var runSeconds = double.Parse(Regex.Match(summary, @"([\d.]+) s\)").Groups[1].Value, CultureInfo.InvariantCulture);
    var count = int.Parse(Regex.Match(summary, @"(\d+) queued").Groups[1].Value, CultureInfo.InvariantCulture);
    Console.WriteLine(summary);

    // 2. Delivery of the same digests, each side in a fresh process of its own and judged on its steady
    // pace: the first `warmup` messages bring the JIT up to speed (a running portal's sender is long
    // past them), the next `deliver` are measured. The bare loop runs before and after the outbox
    // sender (the machine's pace drifts; their mean is the baseline). Whole-run figures stand beside.
    var digests = await BenchmarkDatabase.UnsentDigestsAsync(database, warmup + deliver);
    var (first, last, sample) = (digests[0].Id, digests[^1].Id, digests.Count);
    // A short sample (a small --contacts) keeps a third of it for the warm-up.
    var warm = sample >= warmup + deliver ? warmup : sample / 3;
    var before = await BareLoop.MeasureAsync(database, smtpPort, smtp, first, warm, sample - warm);
    await BenchmarkDatabase.KeepUnsentAsync(database, sample);
    var serverCpu = ServerCpu.Seconds(smtp);
    var delivered = await RunPortalAsync("programs", "run", "weekly-digest", "--account", "999999", "--deliver");
    var serverPerMessage = (ServerCpu.Seconds(smtp) - serverCpu) / sample;
    var line = delivered.Split('\n').Last(l => l.StartsWith("Delivered:", StringComparison.Ordinal));
    var outboxWhole = double.Parse(Regex.Match(line, @"\((\d+) messages/s").Groups[1].Value, CultureInfo.InvariantCulture);
    var outboxCpu = Regex.Match(line, @"(\d+) us CPU").Groups[1].Value;
    // The outbox sender's pace comes from the times it recorded each message as sent.
    var sentAt = await BenchmarkDatabase.SentTimesAsync(database, first, last);
    var (outbox, outboxSlices) = (Pace.Steady(sentAt, warm), Pace.Slices(sentAt));
    Console.WriteLine(line);
    var after = await BareLoop.MeasureAsync(database, smtpPort, smtp, first, warm, sample - warm);
    var (bare, bareWhole) = ((before.Steady + after.Steady) / 2, (before.Whole + after.Whole) / 2);

    Console.WriteLine();
    Console.WriteLine($"render + queue: {count:N0} weekly digests in {runSeconds:0.0} s ({count / runSeconds:0} digests/s; {wall.Elapsed.TotalSeconds:0.0} s with the process start)  target <= 60 s: {(runSeconds <= 60 ? "met" : "MISSED")}");
    Console.WriteLine($"delivery, {sample - warm:N0} messages after {warm:N0} to warm up, each side in a fresh process:");
    Console.WriteLine($"  bare MailKit loop (build and send, one connection, no database): {before.Steady:0} messages/s before, {after.Steady:0} after, mean {bare:0}; "
        + $"CPU per message: loop {before.ClientCpu * 1e6:0} us, server {before.ServerCpu * 1e6:0} us");
    Console.WriteLine($"  outbox sender (claim, send, mark sent per message): {outbox:0} messages/s = {outbox / bare:0.00} x bare  target >= 0.70 x: {(outbox >= 0.7 * bare ? "met" : "MISSED")}; "
        + $"CPU per message (whole run): sender {outboxCpu} us, server {serverPerMessage * 1e6:0} us");
    Console.WriteLine($"  messages/s {before.Slices}: bare, before");
    Console.WriteLine($"  messages/s {outboxSlices}: outbox");
    Console.WriteLine($"  messages/s {after.Slices}: bare, after");
    Console.WriteLine($"  whole runs, warm-up included: bare {before.Whole:0} and {after.Whole:0} messages/s, outbox {outboxWhole:0} messages/s = {outboxWhole / bareWhole:0.00} x");
    Environment.ExitCode = count >= contacts && runSeconds <= 60 && outbox >= 0.7 * bare ? 0 : 2;
}
finally
{
    SqliteConnection.ClearAllPools();
    foreach (var suffix in new[] { "", "-wal", "-shm" })
    {
        File.Delete(database + suffix);
    }

    smtp.Kill(entireProcessTree: true);
}

async Task<string> RunPortalAsync(params string[] command)
{
    var start = new ProcessStartInfo("dotnet", [portalDll, .. command])
    {
        WorkingDirectory = Path.GetDirectoryName(portalDll)!,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        Environment =
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Adoption"] = $"Data Source={database}",
            ["Demo__Seed"] = "true",
            ["EmailPrograms__Schedule"] = "false",
            ["Email__PublicUrl"] = "https://success.vendor.example",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None",
            ["Smtp__From"] = "Adoption <success@vendor.example>",
            ["Logging__LogLevel__Default"] = "Warning",
        },
    };
    using var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
    var error = process.StandardError.ReadToEndAsync();
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"portal {string.Join(' ', command)} exited {process.ExitCode}: {output}\n{await error}");
    }

    return output.ReplaceLineEndings("\n");
}

Process StartSmtp(int port)
{
    // Sink: accepts and drops every message, so the server costs both senders the same and little.
    var info = new ProcessStartInfo("/usr/bin/python3") { ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink" } };
    var process = Process.Start(info) ?? throw new InvalidOperationException("aiosmtpd did not start (scripts/install-test-prerequisites.sh installs it).");
    var deadline = DateTime.UtcNow.AddSeconds(15);
    while (true)
    {
        try
        {
            using var probe = new TcpClient();
            probe.Connect(IPAddress.Loopback, port);
            return process;
        }
        catch (SocketException) when (DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }
    }
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
