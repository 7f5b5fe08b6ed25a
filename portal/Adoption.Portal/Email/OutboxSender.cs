using System.Text.RegularExpressions;
using Adoption.Portal.Domain.Email;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace Adoption.Portal.Email;

/// <summary>
/// Drains the outbox one message at a time: claims it (a conditional update, so two portal instances
/// never send the same message), sends it, and records the outcome at once, so a crash (even kill -9)
/// repeats at most the one message that was in flight. An SMTP 4xx, or a server that is down, is
/// tried again with <see cref="Backoff"/> and jitter; a 5xx is not (the message is given up, visibly);
/// a 5.1.1 (no such mailbox) also suppresses the address for good. Suppressed addresses and contacts
/// who unsubscribed since the message was queued are never mailed.
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
                await DrainAsync(stoppingToken);
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

    /// <summary>Sends everything that is due now, then closes the SMTP connection; returns how many messages it tried.</summary>
    internal async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        try
        {
            int claimed;
            while ((claimed = await SendDueAsync(cancellationToken)) > 0)
            {
                total += claimed;
            }
        }
        finally
        {
            await delivery.IdleAsync(CancellationToken.None);
        }

        return total;
    }

    /// <summary>Sends one batch of due messages, each claimed just before it is sent; returns how many it claimed.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        await using var bookkeeping = await SenderBookkeeping.OpenAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await Due(db, now, options.Value.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var addresses = due.Select(m => m.To.ToLowerInvariant()).Distinct().ToList();
        var suppressed = (await db.EmailSuppressions.AsNoTracking().Where(s => addresses.Contains(s.Address))
            .Select(s => s.Address).ToListAsync(cancellationToken)).ToHashSet();
        var contactIds = due.Where(m => m.ContactId != null && m.Category != null).Select(m => m.ContactId!.Value).Distinct().ToList();
        var optedOut = (await db.EmailPreferences.AsNoTracking().Where(p => contactIds.Contains(p.ContactId) && !p.Subscribed)
            .Select(p => new { p.ContactId, p.Category }).ToListAsync(cancellationToken)).Select(p => (p.ContactId, p.Category)).ToHashSet();

        // The next message is claimed and built while the server takes the current one; it is sent
        // only after the current one's outcome is recorded, so one message at most is ever in flight.
        using IEnumerator<EmailMessage> queue = due.GetEnumerator();
        var claimed = 0;
        var current = await ClaimNextAsync(bookkeeping, queue, cancellationToken);
        try
        {
            while (current is not null)
            {
                claimed++;
                var message = current.Message;
                var address = message.To.ToLowerInvariant();
                if (suppressed.Contains(address))
                {
                    await GiveUpAsync(db, message, message.Attempts, "Not sent: the address is suppressed (its mailbox does not exist).");
                }
                else if (message is { ContactId: { } contactId, Category: { } category } && optedOut.Contains((contactId, category)))
                {
                    await GiveUpAsync(db, message, message.Attempts, $"Not sent: the contact unsubscribed from {category} emails.");
                }
                else
                {
                    var handing = current;
                    // Runs until it waits for the server's first answer, then the next message is claimed meanwhile.
                    var sending = SendAsync(handing, cancellationToken);
                    var upcoming = await ClaimNextAsync(bookkeeping, queue, cancellationToken);
                    var failure = await sending;
                    // From here on the outcome is recorded whatever happens to the caller: a sent message must be marked sent.
                    if (await RecordAsync(db, bookkeeping, message, failure))
                    {
                        suppressed.Add(address);
                    }

                    current = upcoming;
                    continue;
                }

                current = await ClaimNextAsync(bookkeeping, queue, cancellationToken);
            }
        }
        finally
        {
            if (current is not null)
            {
                // Claimed and never sent (the sender is stopping): free it for the next drain at once.
                await ReleaseAsync(db, current);
            }
        }

        return claimed;
    }

    /// <summary>The first <paramref name="take"/> unsent messages in queue order whose next attempt is due at
    /// <paramref name="now"/>, read through the index of unsent messages (it stops after them). Without their
    /// content: each message's is read once it is claimed, while the one before it is being sent.</summary>
    internal static IQueryable<EmailMessage> Due(AdoptionDb db, DateTime now, int take) =>
        db.EmailOutbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Id).Take(take)
            .Select(m => new EmailMessage
            {
                Id = m.Id, To = m.To, ContactId = m.ContactId, Category = m.Category, NextAttemptAt = m.NextAttemptAt,
                Attempts = m.Attempts, Subject = "", TextBody = "",
            });

    /// <summary>Claims the next message of <paramref name="queue"/> that no other sender took first, and builds its MIME form.</summary>
    private async Task<Claimed?> ClaimNextAsync(SenderBookkeeping bookkeeping, IEnumerator<EmailMessage> queue, CancellationToken cancellationToken)
    {
        while (queue.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var due = queue.Current;
            // Only one sender wins a message: the update matches no row if another claimed it first.
            var lease = clock.GetUtcNow().UtcDateTime + Lease;
            if (!await bookkeeping.ClaimAsync(due.Id, due.NextAttemptAt, lease, cancellationToken))
            {
                continue;
            }

            var message = await bookkeeping.WithContentAsync(due, cancellationToken);
            try
            {
                return new Claimed(message, lease, MimeMessages.From(message, smtp.Value), null);
            }
            catch (MimeKit.ParseException e)
            {
                return new Claimed(message, lease, null, e);
            }
        }

        return null;
    }

    /// <summary>Hands the message to the server; the failure, if any, is returned rather than thrown.</summary>
    private async Task<Exception?> SendAsync(Claimed claimed, CancellationToken cancellationToken)
    {
        if (claimed.Mime is null)
        {
            return claimed.Unbuildable;
        }

        try
        {
            await delivery.SendAsync(claimed.Mime, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return e;
        }
    }

    /// <summary>Records what became of a message that was sent or tried; true when its address is now suppressed.</summary>
    private async Task<bool> RecordAsync(AdoptionDb db, SenderBookkeeping bookkeeping, EmailMessage message, Exception? failure)
    {
        var attempts = message.Attempts + 1;
        var at = clock.GetUtcNow().UtcDateTime;
        if (failure is null)
        {
            await bookkeeping.MarkSentAsync(message.Id, at, attempts);
            return false;
        }

        var (verdict, error) = Classify(failure);
        switch (verdict)
        {
            case Verdict.Retry:
                var delay = Backoff.Jittered(Backoff.After(attempts, options.Value.FirstRetryDelay, options.Value.MaxRetryDelay), Random.Shared.NextDouble());
                var next = at + delay;
                await db.EmailOutbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.Attempts, attempts), CancellationToken.None);
                LogSendFailed(message.Id, attempts, delay, error);
                return false;
            case Verdict.Bounced:
                // One transaction: a message seen as failed always has its suppression beside it.
                await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                    await SuppressAsync(db, message, message.To.ToLowerInvariant(), error);
                    await GiveUpAsync(db, message, attempts, error);
                    await transaction.CommitAsync(CancellationToken.None);
                });
                return true;
            default:
                await GiveUpAsync(db, message, attempts, error);
                return false;
        }
    }

    /// <summary>Gives a claimed message back as it was before the claim.</summary>
    private static async Task ReleaseAsync(AdoptionDb db, Claimed claimed)
    {
        var (id, lease, previous) = (claimed.Message.Id, claimed.Lease, claimed.Message.NextAttemptAt);
        await db.EmailOutbox.Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && m.NextAttemptAt == lease)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, previous), CancellationToken.None);
    }

    private async Task GiveUpAsync(AdoptionDb db, EmailMessage message, int attempts, string error)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        await db.EmailOutbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.FailedAt, at).SetProperty(m => m.NextAttemptAt, (DateTime?)null)
            .SetProperty(m => m.LastError, error).SetProperty(m => m.Attempts, attempts), CancellationToken.None);
        LogGaveUp(message.Id, error);
    }

    /// <summary>The address is never mailed again, and every contact with it shows the bounce.</summary>
    private async Task SuppressAsync(AdoptionDb db, EmailMessage message, string address, string error)
    {
        var now = clock.GetUtcNow();
        if (!await db.EmailSuppressions.AnyAsync(s => s.Address == address, CancellationToken.None))
        {
            db.EmailSuppressions.Add(new EmailSuppression { Address = address, Reason = error, CreatedAt = now.UtcDateTime, EmailMessageId = message.Id });
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateException)
            {
                // Another instance suppressed it a moment earlier: the unique address keeps one row.
            }

            db.ChangeTracker.Clear();
        }

#pragma warning disable CA1862 // translated to SQL lower(): string.Equals with a comparison is not
        await db.Contacts.Where(c => c.Email.ToLower() == address && c.EmailBouncedAt == null)
#pragma warning restore CA1862
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.EmailBouncedAt, now), CancellationToken.None);
        LogSuppressed(address, error);
    }

    /// <summary>A message this sender holds until <paramref name="Lease"/>; <paramref name="Message"/> is the row as it was read.</summary>
    private sealed record Claimed(EmailMessage Message, DateTime Lease, MimeKit.MimeMessage? Mime, Exception? Unbuildable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Id} not sent (attempt {Attempts}); next try in {Delay}: {Error}")]
    private partial void LogSendFailed(long id, int attempts, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Id} given up, it will not be sent: {Error}")]
    private partial void LogGaveUp(long id, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The address {Address} is suppressed: {Error}")]
    private partial void LogSuppressed(string address, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox could not be read; trying again at the next poll.")]
    private partial void LogDrainFailed(Exception exception);
}
