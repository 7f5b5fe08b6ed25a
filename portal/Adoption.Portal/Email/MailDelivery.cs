using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Adoption.Portal.Email;

/// <summary>Hands messages over for delivery; a message counts as sent once this returns.</summary>
public interface IMailDelivery
{
    /// <summary>Delivers the batch in order; each message's outcome is reported, so one bad
    /// recipient does not hold back the rest.</summary>
    Task DeliverAsync(IReadOnlyList<MimeMessage> messages, Func<MimeMessage, Exception?, Task> report, CancellationToken cancellationToken);
}

/// <summary>Sends through the configured SMTP server, one connection per batch.</summary>
internal sealed class SmtpDelivery(IOptions<SmtpOptions> options) : IMailDelivery
{
    public async Task DeliverAsync(IReadOnlyList<MimeMessage> messages, Func<MimeMessage, Exception?, Task> report, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing could go: every message keeps its place and is tried again later.
            foreach (var message in messages)
            {
                await report(message, e);
            }

            return;
        }

        foreach (var message in messages)
        {
            Exception? failure = null;
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = e;
            }

            await report(message, failure);
            if (failure is not null && !client.IsConnected)
            {
                foreach (var rest in messages.SkipWhile(m => m != message).Skip(1))
                {
                    await report(rest, failure);
                }

                return;
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// The zero-set-up default: no SMTP server, each message becomes an .eml file that any mail program
/// opens, and the log names the file (so the demo's invitation link is one click away).
/// </summary>
internal sealed class PickupFolderDelivery(string directory, ILogger<PickupFolderDelivery> log) : IMailDelivery
{
    public async Task DeliverAsync(IReadOnlyList<MimeMessage> messages, Func<MimeMessage, Exception?, Task> report, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        foreach (var message in messages)
        {
            Exception? failure = null;
            try
            {
                var path = Path.Combine(directory, $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
                await message.WriteToAsync(path, cancellationToken);
                log.LogInformation("Email to {To} written to {Path} (no Smtp:Host configured).", message.To, path);
            }
            catch (IOException e)
            {
                failure = e;
            }

            await report(message, failure);
        }
    }
}
