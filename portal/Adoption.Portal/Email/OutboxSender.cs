using Adoption.Portal.Data;
using Adoption.Portal.Domain.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Adoption.Portal.Email;

/// <summary>
/// Drains the outbox: sends due messages, marks them sent, and on failure records the error and
/// schedules the next attempt with <see cref="Backoff"/>. A message leaves the outbox only by being
/// sent; a crash mid-send means it is sent again once its lease runs out (at least once, never lost).
/// </summary>
internal sealed partial class OutboxSender(
    IServiceScopeFactory scopes, IMailDelivery delivery, OutboxSignal signal, IOptions<OutboxOptions> options,
    IOptions<SmtpOptions> smtp, TimeProvider clock, ILogger<OutboxSender> log) : BackgroundService
{
    /// <summary>How long a claimed message is left alone before another attempt may take it.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == options.Value.BatchSize)
                {
                    // A full batch: there may be more due right away.
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the messages stay where they are.
                LogDrainFailed(e);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends one batch of due messages; returns how many it claimed.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.EmailOutbox
            .Where(m => m.SentAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);

        var claimed = new List<EmailMessage>();
        foreach (var message in due)
        {
            // Only one sender wins a message: the update matches no row if another claimed it first.
            var previous = message.NextAttemptAt;
            var rows = await db.EmailOutbox
                .Where(m => m.Id == message.Id && m.SentAt == null && m.NextAttemptAt == previous)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now + Lease), cancellationToken);
            if (rows == 1)
            {
                var lease = db.Entry(message).Property(m => m.NextAttemptAt);
                lease.OriginalValue = lease.CurrentValue = now + Lease;
                claimed.Add(message);
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var byMime = new Dictionary<MimeMessage, EmailMessage>();
        foreach (var message in claimed)
        {
            try
            {
                byMime.Add(MimeMessages.From(message, smtp.Value), message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A malformed address fails only its own message, visibly, and never blocks the batch.
                await Record(message, e);
            }
        }

        if (byMime.Count > 0)
        {
            await delivery.DeliverAsync([.. byMime.Keys], (mime, failure) => Record(byMime[mime], failure), cancellationToken);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return claimed.Count;
    }

    private Task Record(EmailMessage message, Exception? failure)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        message.Attempts++;
        if (failure is null)
        {
            message.SentAt = now;
            message.NextAttemptAt = null;
            message.LastError = null;
            return Task.CompletedTask;
        }

        var delay = Backoff.After(message.Attempts, options.Value.FirstRetryDelay, options.Value.MaxRetryDelay);
        message.NextAttemptAt = now + delay;
        message.LastError = Truncate($"{failure.GetType().Name}: {failure.Message}", 1000);
        LogSendFailed(message.Id, message.Attempts, delay, failure.Message);
        return Task.CompletedTask;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Id} not sent (attempt {Attempts}); next try in {Delay}: {Error}")]
    private partial void LogSendFailed(long id, int attempts, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox could not be read; trying again at the next poll.")]
    private partial void LogDrainFailed(Exception exception);
}
