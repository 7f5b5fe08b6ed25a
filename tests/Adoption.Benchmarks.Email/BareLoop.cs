using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

/// <summary>
/// The baseline: what a program without an outbox does. It builds each message from its content and
/// sends it, on one connection, nothing recorded anywhere. It runs in a fresh process of its own,
/// started like the portal's <c>programs run … --deliver</c>, so both sides start equally cold.
/// </summary>
internal static partial class BareLoop
{
    /// <summary>Runs the loop in a child process on the digests from <paramref name="from"/> on: its
    /// steady and whole-run rates, its CPU time a message once warm, the server's CPU time a message
    /// meanwhile, and its pace by 1,000 messages.</summary>
    public static async Task<(double Steady, double Whole, double ClientCpu, double ServerCpu, string Slices)> MeasureAsync(
        string database, int port, Process server, long from, int warmup, int count)
    {
        string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
        var self = typeof(BareLoop).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [self, "--bare-loop", database, "--from", Text(from), "--warmup", Text(warmup), "--count", Text(count), "--port", Text(port)])
        {
            RedirectStandardOutput = true,
        };
        var serverCpu = ServerCpu.Seconds(server);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The bare loop did not start.");
        var output = (await process.StandardOutput.ReadToEndAsync()).ReplaceLineEndings("\n").Split('\n');
        await process.WaitForExitAsync();
        var figures = Figures().Match(output[0]);
        if (process.ExitCode != 0 || !figures.Success || output.Length < 2)
        {
            throw new InvalidOperationException($"The bare loop exited {process.ExitCode}: {string.Join('\n', output)}");
        }

        double Figure(int group) => double.Parse(figures.Groups[group].Value, CultureInfo.InvariantCulture);
        return (Figure(1), Figure(2), Figure(3) / 1e6, (ServerCpu.Seconds(server) - serverCpu) / (warmup + count), output[1]);
    }

    /// <summary>The child process: sends, then prints its figures on the first line and its pace on the second.</summary>
    public static async Task RunAsync(string database, long from, int warmup, int count, int port)
    {
        var digests = await BenchmarkDatabase.DigestsFromAsync(database, from, warmup + count);
        var (sent, whole, cpu) = await SendAsync(digests, warmup, port);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bare: {Pace.Steady(sent, warmup):0.0} messages/s steady, {whole:0.0} messages/s whole run, {cpu * 1e6:0} us CPU a message"));
        Console.WriteLine(Pace.Slices(sent));
    }

    /// <summary>When each message was sent, the whole run's rate, and the CPU time a message after the warm-up.</summary>
    private static async Task<(List<DateTime> Sent, double Whole, double CpuPerMessage)> SendAsync(IReadOnlyList<Digest> digests, int warmup, int port)
    {
        using var client = new SmtpClient();
        var watch = Stopwatch.StartNew();
        // As the portal's delivery does: Nagle off, or every message waits ~40 ms for a delayed acknowledgement.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        await client.ConnectAsync(socket, "127.0.0.1", port, SecureSocketOptions.None);
        var from = MailboxAddress.Parse("Adoption <success@vendor.example>");
        var cpu = TimeSpan.Zero;
        var sent = new List<DateTime>(digests.Count);
        foreach (var digest in digests)
        {
            var message = new MimeMessage { Subject = digest.Subject, MessageId = $"bare-{digest.Id}@vendor.example" };
            message.From.Add(new MailboxAddress(from.Name, from.Address));
            message.To.Add(MailboxAddress.Parse(digest.To));
            message.Body = new BodyBuilder { TextBody = digest.TextBody, HtmlBody = digest.HtmlBody }.ToMessageBody();
            await client.SendAsync(message);
            sent.Add(DateTime.UtcNow);
            if (sent.Count == warmup)
            {
                cpu = Environment.CpuUsage.TotalTime;
            }
        }

        var (seconds, cpuPerMessage) = (watch.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds / (digests.Count - warmup));
        await client.DisconnectAsync(quit: true);
        return (sent, digests.Count / seconds, cpuPerMessage);
    }

    [GeneratedRegex(@"^bare: ([\d.]+) messages/s steady, ([\d.]+) messages/s whole run, (\d+) us")]
    private static partial Regex Figures();
}
