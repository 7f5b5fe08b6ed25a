using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal;

/// <summary>
/// Delivers one batch: sends it until the portal stores it, refuses it, or retries run out. Every attempt
/// sends the same serialized messages, so the portal's deduplication by message id makes this exactly-once.
/// </summary>
internal sealed class BatchDelivery(Settings settings, BatchTransport transport, Counters counters,
    TimeProvider time, ILogger logger, LogOnce once)
{
    public async Task DeliverAsync(PendingBatch batch, CancellationToken stop)
    {
        var count = batch.Count;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await transport.SendAsync(batch, stop).ConfigureAwait(false);
            switch (outcome.Result)
            {
                case SendResult.Delivered:
                    counters.Delivered(count - outcome.RefusedItems);
                    Log.Delivered(logger, count - outcome.RefusedItems, settings.BatchUri);
                    if (outcome.RefusedItems > 0)
                    {
                        counters.DroppedInvalid(outcome.RefusedItems);
                        Log.ItemsRefused(logger, once.Level("items refused", LogLevel.Warning), outcome.RefusedItems, count, outcome.Failure);
                    }

                    return;
                case SendResult.Rejected:
                    counters.DroppedUndeliverable(count);
                    Log.Rejected(logger, once.Level($"HTTP {outcome.StatusCode}", LogLevel.Error), count, outcome.Failure, Hint(outcome.StatusCode));
                    return;
                case SendResult.Retry when attempt > settings.MaxRetries:
                    counters.DroppedUndeliverable(count);
                    Log.RetriesExhausted(logger, count, attempt, outcome.Failure);
                    return;
            }

            var delay = outcome.RetryAfter ?? Backoff.ForRetry(attempt);
            var wait = Task.Delay(delay, time, stop);
            // Logged once the timer is set, so a test that sees this line can move a fake clock past it.
            Log.RetryScheduled(logger, count, outcome.Failure, attempt, settings.MaxRetries, delay);
            await wait.ConfigureAwait(false);
        }
    }

    private static string Hint(int statusCode) => statusCode switch
    {
        401 => "Check AdoptionOptions.WriteKey against the portal's write keys.",
        413 => "Lower AdoptionOptions.MaxBatchBytes.",
        _ => "",
    };
}
