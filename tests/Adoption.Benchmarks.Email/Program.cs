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
//    before and after it (the baseline is their mean). Target: the outbox at >= 0.7 x the bare loop.
// Run it through scripts/benchmark-email.sh. Options: --contacts N, --deliver N.
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var portalDll = Path.GetFullPath(Value("--portal") ?? Path.Combine(AppContext.BaseDirectory, "Adoption.Portal.dll"));
var contacts = int.Parse(Value("--contacts") ?? "100000", CultureInfo.InvariantCulture);
var deliver = int.Parse(Value("--deliver") ?? "10000", CultureInfo.InvariantCulture);
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

    // 2. Delivery: the same digests, the bare loop before and after the outbox sender (the machine's
    // pace drifts; their mean is the baseline), each side's CPU time per message beside it.
    var sample = await DigestsAsync(database, deliver);
    var before = await BareMailKitAsync(sample, smtpPort, smtp);
    await KeepUnsentAsync(database, sample.Count);
    var serverCpu = ServerCpuSeconds(smtp);
    var delivered = await RunPortalAsync("programs", "run", "weekly-digest", "--account", "999999", "--deliver");
    var serverPerMessage = (ServerCpuSeconds(smtp) - serverCpu) / sample.Count;
    var line = delivered.Split('\n').Last(l => l.StartsWith("Delivered:", StringComparison.Ordinal));
    var outbox = double.Parse(Regex.Match(line, @"\((\d+) messages/s\)").Groups[1].Value, CultureInfo.InvariantCulture);
    Console.WriteLine(line);
    var after = await BareMailKitAsync(sample, smtpPort, smtp);
    var bare = (before.Rate + after.Rate) / 2;

    Console.WriteLine();
    Console.WriteLine($"render + queue: {count:N0} weekly digests in {runSeconds:0.0} s ({count / runSeconds:0} digests/s; {wall.Elapsed.TotalSeconds:0.0} s with the process start)  target <= 60 s: {(runSeconds <= 60 ? "met" : "MISSED")}");
    Console.WriteLine($"delivery, bare MailKit loop (build and send, one connection, no database): {before.Rate:0} messages/s before, {after.Rate:0} after, mean {bare:0}; "
        + $"CPU per message: loop {before.ClientCpu * 1e6:0} us, server {before.ServerCpu * 1e6:0} us");
    Console.WriteLine($"delivery, outbox sender (claim, send, mark sent per message): {outbox:0} messages/s = {outbox / bare:0.00} x bare  target >= 0.70 x: {(outbox >= 0.7 * bare ? "met" : "MISSED")}; "
        + $"CPU per message: server {serverPerMessage * 1e6:0} us");
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
            ["Email__BatchSize"] = "200",
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

static async Task<List<Digest>> DigestsAsync(string database, int count)
{
    await using var connection = new SqliteConnection($"Data Source={database}");
    await connection.OpenAsync();
    await using var read = connection.CreateCommand();
    read.CommandText = "SELECT Id, \"To\", Subject, TextBody, HtmlBody FROM EmailOutbox WHERE SentAt IS NULL ORDER BY Id LIMIT $count";
    read.Parameters.AddWithValue("$count", count);
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

// What a program without an outbox does: builds each message from its content and sends it, on one
// connection, nothing recorded anywhere.
static async Task<(double Rate, double ClientCpu, double ServerCpu)> BareMailKitAsync(IReadOnlyList<Digest> digests, int port, Process server)
{
    using var client = new SmtpClient();
    var (cpu, serverCpu) = (Process.GetCurrentProcess().TotalProcessorTime, ServerCpuSeconds(server));
    var watch = Stopwatch.StartNew();
    // As the portal's delivery does: Nagle off, or every message waits ~40 ms for a delayed acknowledgement.
    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    await socket.ConnectAsync(IPAddress.Loopback, port);
    await client.ConnectAsync(socket, "127.0.0.1", port, SecureSocketOptions.None);
    var from = MailboxAddress.Parse("Adoption <success@vendor.example>");
    foreach (var digest in digests)
    {
        var message = new MimeMessage { Subject = digest.Subject, MessageId = $"bare-{digest.Id}@vendor.example" };
        message.From.Add(new MailboxAddress(from.Name, from.Address));
        message.To.Add(MailboxAddress.Parse(digest.To));
        message.Body = new BodyBuilder { TextBody = digest.TextBody, HtmlBody = digest.HtmlBody }.ToMessageBody();
        await client.SendAsync(message);
    }

    await client.DisconnectAsync(quit: true);
    var seconds = watch.Elapsed.TotalSeconds;
    return (digests.Count / seconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / digests.Count,
        (ServerCpuSeconds(server) - serverCpu) / digests.Count);
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
