using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Adoption.Portal.Email;

/// <summary>Hands one message over for delivery; it counts as sent once this returns, and a failure
/// throws (an <see cref="SmtpCommandException"/> carries the server's status code).</summary>
public interface IMailDelivery
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);

    /// <summary>Closes an open connection; called when the outbox is drained.</summary>
    Task IdleAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Sends through the configured SMTP server on one connection that is kept open from message to
/// message and batch to batch while there is mail, and closed when the outbox is drained. A broken
/// connection is opened again for the next message. TLS (<c>Smtp:Security</c>) and authentication
/// (<c>Smtp:UserName</c>/<c>Password</c>) as configured. The outbox sender is its only caller, one
/// message at a time.
/// </summary>
internal sealed class SmtpDelivery(IOptions<SmtpOptions> options) : IMailDelivery, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private SmtpClient? client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var smtp = await ConnectedAsync(cancellationToken);
            try
            {
                await smtp.SendAsync(message, cancellationToken);
            }
            finally
            {
                if (!smtp.IsConnected)
                {
                    Drop();
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task IdleAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (client is { IsConnected: true })
            {
                try
                {
                    await client.DisconnectAsync(quit: true, cancellationToken);
                }
                catch (Exception e) when (e is IOException or ProtocolException or System.Net.Sockets.SocketException)
                {
                    // The server went first; nothing to close.
                }
            }

            Drop();
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        Drop();
        gate.Dispose();
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (client is { IsConnected: true })
        {
            return client;
        }

        Drop();
        var smtp = options.Value;
        var fresh = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        // Each SMTP command is a small write followed by a wait for the answer: with Nagle's algorithm
        // against the server's delayed acknowledgement that costs ~40 ms a message, so it is off.
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(smtp.Host!, smtp.Port, cancellationToken);
            await fresh.ConnectAsync(socket, smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await fresh.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
        }
        catch
        {
            fresh.Dispose();
            socket.Dispose();
            throw;
        }

        client = fresh;
        return fresh;
    }

    private void Drop()
    {
        client?.Dispose();
        client = null;
    }
}

/// <summary>
/// The zero-set-up default: no SMTP server, each message becomes an .eml file that any mail program
/// opens, and the log names the file (so the demo's invitation link is one click away).
/// </summary>
internal sealed class PickupFolderDelivery(string directory, ILogger<PickupFolderDelivery> log) : IMailDelivery
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
        await message.WriteToAsync(path, cancellationToken);
        log.LogInformation("Email to {To} written to {Path} (no Smtp:Host configured).", message.To, path);
    }

    public Task IdleAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
