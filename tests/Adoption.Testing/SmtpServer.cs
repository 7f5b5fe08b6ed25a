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

    /// <summary>Starts the server on <paramref name="port"/> (a free one if not given) and waits until it accepts connections.</summary>
    public static SmtpServer Start(int? port = null)
    {
        var chosen = port ?? FreePort();
        var directory = Path.Combine(Path.GetTempPath(), "adoption-tests", $"mail-{Guid.NewGuid():N}");
        // aiosmtpd makes the Maildir (tmp/, new/, cur/) only when the folder does not exist yet.
        Directory.CreateDirectory(Path.GetDirectoryName(directory)!);
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{chosen}", "-c", "aiosmtpd.handlers.Mailbox", directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
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
    }
}
