using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Adoption.Testing;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd in its own process, storing every message it
/// accepts in a Maildir (<c>scripts/install-test-prerequisites.sh</c> installs it).
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private readonly Process process;

    public int Port { get; }
    public string MailDirectory { get; }

    private SmtpServer(int port, string mailDirectory, Process process)
    {
        Port = port;
        MailDirectory = mailDirectory;
        this.process = process;
    }

    /// <summary>
    /// Answers as real servers do for test addresses (otherwise it is the plain Maildir server):
    /// <c>nobody…@</c> gets <c>550 5.1.1</c> (no such mailbox), <c>refused…@</c> gets <c>554 5.7.1</c>,
    /// <c>greylist…@</c> gets <c>451 4.7.1</c> the first time and is accepted after that. With a delay,
    /// each message takes that long to accept (to stop a sender in the middle of its work).
    /// </summary>
    private const string PickyHandler = """
        import asyncio
        from aiosmtpd.handlers import Mailbox

        class Picky(Mailbox):
            delay = 0.0

            def __init__(self, maildir):
                super().__init__(maildir)
                self.seen = set()

            @classmethod
            def from_cli(cls, parser, *args):
                handler = cls(args[0])
                handler.delay = float(args[1]) if len(args) > 1 else 0.0
                return handler

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                local = address.split('@')[0].lower()
                if local.startswith('nobody'):
                    return '550 5.1.1 No such user here'
                if local.startswith('refused'):
                    return '554 5.7.1 Message refused by policy'
                if local.startswith('greylist') and address.lower() not in self.seen:
                    self.seen.add(address.lower())
                    return '451 4.7.1 Greylisted, please try again later'
                envelope.rcpt_tos.append(address)
                return '250 OK'

            async def handle_DATA(self, server, session, envelope):
                if self.delay:
                    await asyncio.sleep(self.delay)
                return await super().handle_DATA(server, session, envelope)
        """;

    /// <summary>Starts the server on <paramref name="port"/> (a free one if not given) and waits until it accepts connections.</summary>
    public static SmtpServer Start(int? port = null) => Start(port, picky: false, delay: TimeSpan.Zero);

    /// <summary>A server that refuses, bounces and greylists test addresses as real ones do (see <see cref="PickyHandler"/>).</summary>
    public static SmtpServer StartPicky(int? port = null, TimeSpan? delay = null) => Start(port, picky: true, delay ?? TimeSpan.Zero);

    private static SmtpServer Start(int? port, bool picky, TimeSpan delay)
    {
        var chosen = port ?? FreePort();
        var directory = Path.Combine(Path.GetTempPath(), "adoption-tests", $"mail-{Guid.NewGuid():N}");
        // aiosmtpd makes the Maildir (tmp/, new/, cur/) only when the folder does not exist yet.
        Directory.CreateDirectory(Path.GetDirectoryName(directory)!);
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{chosen}", "-c", picky ? "adoption_picky.Picky" : "aiosmtpd.handlers.Mailbox", directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (picky)
        {
            var modules = directory + "-handler";
            Directory.CreateDirectory(modules);
            File.WriteAllText(Path.Combine(modules, "adoption_picky.py"), PickyHandler);
            info.Environment["PYTHONPATH"] = modules;
            info.ArgumentList.Add(delay.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, chosen);
                return new SmtpServer(chosen, directory, process);
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>A port nothing listens on (yet).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>How many messages have arrived so far (cheaper than reading them).</summary>
    public int Count()
    {
        var folder = Path.Combine(MailDirectory, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
    }

    /// <summary>Stops the server at once (kill); the port is free again afterwards.</summary>
    public void Stop()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(MailDirectory, "new");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    /// <summary>The first message to <paramref name="address"/>, waiting for it to arrive.</summary>
    public async Task<MimeMessage> WaitForMessageToAsync(string address, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var message = Messages().FirstOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));
            if (message is not null)
            {
                return message;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No email to {address} reached the SMTP server.");
            }

            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }

        if (Directory.Exists(MailDirectory + "-handler"))
        {
            Directory.Delete(MailDirectory + "-handler", recursive: true);
        }
    }
}
