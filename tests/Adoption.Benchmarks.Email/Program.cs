using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Data.Sqlite;
using MimeKit;

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
    // The baseline's own process, started like the portal's `--deliver`.
    int Number(string name) => int.Parse(Value(name)!, CultureInfo.InvariantCulture);
    var (steady, whole, cpu, times) = await BareMailKitAsync(
        await DigestsAsync(bareDatabase, Number("--warmup") + Number("--count"), long.Parse(Value("--from")!, CultureInfo.InvariantCulture)),
        Number("--warmup"), Number("--port"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare: {steady:0.0} messages/s steady, {whole:0.0} messages/s whole run, {cpu * 1e6:0} us CPU a message; {Slices(times)}"));
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
    var languages = await AddContactsAsync(database, contacts);
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
    var digests = await DigestsAsync(database, warmup + deliver, from: null);
    var (first, sample) = (digests[0].Id, digests.Count);
    // A short sample (a small --contacts) keeps a third of it for the warm-up.
    var warm = sample >= warmup + deliver ? warmup : sample / 3;
    var before = await BareLoopAsync(first, warm, sample - warm);
    await KeepUnsentAsync(database, sample);
    var serverCpu = ServerCpuSeconds(smtp);
    var delivered = await RunPortalAsync("programs", "run", "weekly-digest", "--account", "999999", "--deliver");
    var serverPerMessage = (ServerCpuSeconds(smtp) - serverCpu) / sample;
    var line = delivered.Split('\n').Last(l => l.StartsWith("Delivered:", StringComparison.Ordinal));
    var outboxWhole = double.Parse(Regex.Match(line, @"\((\d+) messages/s").Groups[1].Value, CultureInfo.InvariantCulture);
    var outboxCpu = Regex.Match(line, @"(\d+) us CPU").Groups[1].Value;
    var (outbox, outboxSlices) = await SteadyRateAsync(database, digests.Select(d => d.Id).ToList(), warm);
    Console.WriteLine(line);
    var after = await BareLoopAsync(first, warm, sample - warm);
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

static async Task<string> AddContactsAsync(string database, int count)
{
    await using var connection = new SqliteConnection($"Data Source={database}");
    await connection.OpenAsync();
    var accounts = new List<int>();
    await using (var read = connection.CreateCommand())
    {
        read.CommandText = "SELECT Id FROM Accounts WHERE ArchivedAt IS NULL ORDER BY Id";
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            accounts.Add(reader.GetInt32(0));
        }
    }

    var people = new (string Locale, string Zone)[] { ("en", "Europe/London"), ("fi", "Europe/Helsinki"), ("it", "Europe/Rome"), ("zh-Hans", "Asia/Shanghai") };
    await using var transaction = await connection.BeginTransactionAsync();
    await using var insert = connection.CreateCommand();
    insert.CommandText = "INSERT INTO Contacts (AccountId, Email, ExternalId, Name, Role, Locale, TimeZone, CreatedAt, Version) VALUES ($account, $email, $external, $name, 0, $locale, $zone, $now, 0)";
    var account = insert.Parameters.Add("$account", SqliteType.Integer);
    var email = insert.Parameters.Add("$email", SqliteType.Text);
    var external = insert.Parameters.Add("$external", SqliteType.Text);
    var name = insert.Parameters.Add("$name", SqliteType.Text);
    var locale = insert.Parameters.Add("$locale", SqliteType.Text);
    var zone = insert.Parameters.Add("$zone", SqliteType.Text);
    insert.Parameters.AddWithValue("$now", DateTime.UtcNow.AddDays(-90));
    for (var i = 0; i < count; i++)
    {
        account.Value = accounts[i % accounts.Count];
        email.Value = $"reader{i:000000}@bench.example";
        // Half of them also use the host product, so their attention budget is read by user ID too.
        external.Value = i % 2 == 0 ? $"user-{i:000000}" : DBNull.Value;
        name.Value = $"Reader {i:000000}";
        (locale.Value, zone.Value) = people[i % people.Length];
        await insert.ExecuteNonQueryAsync();
    }

    await transaction.CommitAsync();
    // The demo's own contacts get digests too; only the generated ones are counted as the target.
    return $"{accounts.Count} accounts, {people.Length} languages";
}

// The first unsent digests, or (for the bare loop) the digests from the given ID on, sent or not.
static async Task<List<Digest>> DigestsAsync(string database, int count, long? from)
{
    await using var connection = new SqliteConnection($"Data Source={database}");
    await connection.OpenAsync();
    await using var read = connection.CreateCommand();
    read.CommandText = "SELECT Id, \"To\", Subject, TextBody, HtmlBody FROM EmailOutbox WHERE "
        + (from is null ? "SentAt IS NULL" : "Id >= $from") + " ORDER BY Id LIMIT $count";
    read.Parameters.AddWithValue("$count", count);
    read.Parameters.AddWithValue("$from", from ?? 0);
    await using var reader = await read.ExecuteReaderAsync();
    var digests = new List<Digest>();
    while (await reader.ReadAsync())
    {
        digests.Add(new Digest(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
    }

    return digests;
}

/// <summary>Leaves exactly the sample unsent, so the outbox sender delivers the same messages the bare loop did.</summary>
static async Task KeepUnsentAsync(string database, int count)
{
    await using var connection = new SqliteConnection($"Data Source={database}");
    await connection.OpenAsync();
    await using var update = connection.CreateCommand();
    update.CommandText = "UPDATE EmailOutbox SET SentAt = $now WHERE SentAt IS NULL AND Id NOT IN (SELECT Id FROM EmailOutbox WHERE SentAt IS NULL ORDER BY Id LIMIT $count)";
    update.Parameters.AddWithValue("$now", DateTime.UtcNow);
    update.Parameters.AddWithValue("$count", count);
    await update.ExecuteNonQueryAsync();
}

// The bare loop in a fresh process of its own, started like the portal's `--deliver`: its steady and
// whole-run rates, its CPU time a message once warm, and the server's CPU time a message meanwhile.
async Task<(double Steady, double Whole, double ClientCpu, double ServerCpu, string Slices)> BareLoopAsync(long from, int warmup, int count)
{
    var self = typeof(Digest).Assembly.Location;
    string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
    var start = new ProcessStartInfo("dotnet", [self, "--bare-loop", database, "--from", Text(from), "--warmup", Text(warmup), "--count", Text(count), "--port", Text(smtpPort)])
    {
        RedirectStandardOutput = true,
    };
    var serverCpu = ServerCpuSeconds(smtp);
    using var process = Process.Start(start) ?? throw new InvalidOperationException("The bare loop did not start.");
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    var figures = Regex.Match(output, @"bare: ([\d.]+) messages/s steady, ([\d.]+) messages/s whole run, (\d+) us");
    if (process.ExitCode != 0 || !figures.Success)
    {
        throw new InvalidOperationException($"The bare loop exited {process.ExitCode}: {output}");
    }

    double Figure(int group) => double.Parse(figures.Groups[group].Value, CultureInfo.InvariantCulture);
    return (Figure(1), Figure(2), Figure(3) / 1e6, (ServerCpuSeconds(smtp) - serverCpu) / (warmup + count), output[(output.IndexOf("; by", StringComparison.Ordinal) + 2)..].Trim());
}

/// <summary>The outbox sender's pace after the warm-up, from the times it recorded each message as sent.</summary>
static async Task<(double Steady, string Slices)> SteadyRateAsync(string database, IReadOnlyList<long> ids, int warmup)
{
    await using var connection = new SqliteConnection($"Data Source={database}");
    await connection.OpenAsync();
    await using var read = connection.CreateCommand();
    read.CommandText = "SELECT SentAt FROM EmailOutbox WHERE Id >= $first AND Id <= $last ORDER BY Id";
    read.Parameters.AddWithValue("$first", ids[0]);
    read.Parameters.AddWithValue("$last", ids[^1]);
    var sent = new List<DateTime>();
    await using (var reader = await read.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            sent.Add(reader.IsDBNull(0) ? throw new InvalidOperationException("The outbox sender left a message of the sample unsent.") : reader.GetDateTime(0));
        }
    }

    return ((sent.Count - warmup) / (sent[^1] - sent[warmup - 1]).TotalSeconds, Slices(sent));
}

// What a program without an outbox does: builds each message from its content and sends it, on one
// connection, nothing recorded anywhere.
static async Task<(double Steady, double Whole, double ClientCpu, IReadOnlyList<DateTime> Times)> BareMailKitAsync(IReadOnlyList<Digest> digests, int warmup, int port)
{
    using var client = new SmtpClient();
    var watch = Stopwatch.StartNew();
    // As the portal's delivery does: Nagle off, or every message waits ~40 ms for a delayed acknowledgement.
    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    await socket.ConnectAsync(IPAddress.Loopback, port);
    await client.ConnectAsync(socket, "127.0.0.1", port, SecureSocketOptions.None);
    var from = MailboxAddress.Parse("Adoption <success@vendor.example>");
    var (warm, cpu) = (TimeSpan.Zero, TimeSpan.Zero);
    var times = new List<DateTime>(digests.Count);
    for (var i = 0; i < digests.Count; i++)
    {
        var digest = digests[i];
        var message = new MimeMessage { Subject = digest.Subject, MessageId = $"bare-{digest.Id}@vendor.example" };
        message.From.Add(new MailboxAddress(from.Name, from.Address));
        message.To.Add(MailboxAddress.Parse(digest.To));
        message.Body = new BodyBuilder { TextBody = digest.TextBody, HtmlBody = digest.HtmlBody }.ToMessageBody();
        await client.SendAsync(message);
        times.Add(DateTime.UtcNow);
        if (i == warmup - 1)
        {
            (warm, cpu) = (watch.Elapsed, Environment.CpuUsage.TotalTime);
        }
    }

    var (seconds, steady) = (watch.Elapsed, digests.Count - warmup);
    var cpuPerMessage = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds / steady;
    await client.DisconnectAsync(quit: true);
    return (steady / (seconds - warm).TotalSeconds, digests.Count / seconds.TotalSeconds, cpuPerMessage, times);
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

// The pace in slices of 1,000 messages, from the time each was sent: where it levels off, the JIT is done.
static string Slices(IReadOnlyList<DateTime> sent) => "by 1,000: " + string.Join(' ', Enumerable.Range(1, (sent.Count - 1) / 1000)
    .Select(i => (1000 / (sent[i * 1000] - sent[(i - 1) * 1000]).TotalSeconds).ToString("0", CultureInfo.InvariantCulture)));

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

// User and system time of a process from /proc (in clock ticks of 1/100 s); 0 where there is no /proc.
static double ServerCpuSeconds(Process process)
{
    var path = $"/proc/{process.Id}/stat";
    if (!File.Exists(path))
    {
        return 0;
    }

    var fields = File.ReadAllText(path).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
}

/// <summary>One queued digest as the bare loop sends it.</summary>
internal sealed record Digest(long Id, string To, string Subject, string TextBody, string? HtmlBody);
