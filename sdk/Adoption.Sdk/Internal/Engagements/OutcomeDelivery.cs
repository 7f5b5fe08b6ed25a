using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal.Engagements;

/// <summary>
/// Sends a run of outcomes to the portal in queue order, answers to their own endpoint, retrying whatever the
/// portal did not answer for as long as it takes (a lost dismissal would show the user the same nudge again). The
/// portal is idempotent per token and kind, and per survey, respondent and period, so a retry cannot double count.
/// </summary>
internal sealed class OutcomeDelivery(Settings settings, EngagementTransport transport, PortalHealth health, TimeProvider time, ILogger logger, LogOnce once)
{
    /// <summary>Returns when the portal has answered for every outcome: stored, rejected or refused.</summary>
    public async Task DeliverAsync(IReadOnlyList<WireOutcome> batch, CancellationToken stop)
    {
        // In queue order: the outcomes before an answer (its "seen", say) reach the portal before it.
        var run = new List<WireOutcome>(batch.Count);
        foreach (var item in batch)
        {
            if (item.Score is null)
            {
                run.Add(item);
                continue;
            }

            if (run.Count > 0)
            {
                await DeliverOutcomesAsync(run, stop).ConfigureAwait(false);
                run.Clear();
            }

            await DeliverAnswerAsync(item, stop).ConfigureAwait(false);
        }

        if (run.Count > 0)
        {
            await DeliverOutcomesAsync(run, stop).ConfigureAwait(false);
        }
    }

    private async Task DeliverOutcomesAsync(List<WireOutcome> batch, CancellationToken stop)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new OutcomesRequest(batch), EngagementJsonContext.Default.OutcomesRequest);
        for (var attempt = 1; ; attempt++)
        {
            var reply = await transport.PostAsync(settings.OutcomesUri, json, stop).ConfigureAwait(false);
            if (reply.Succeeded)
            {
                health.MarkUp();
                Log.OutcomesDelivered(logger, batch.Count);
                LogRejected(reply.Body, batch.Count);
                return;
            }

            if (!reply.Retryable)
            {
                Log.OutcomesRefused(logger, once.Level($"outcomes {reply.Status}", LogLevel.Error), batch.Count, reply.Failure);
                return;
            }

            await WaitAsync(reply, attempt, batch.Count, stop).ConfigureAwait(false);
        }
    }

    private async Task DeliverAnswerAsync(WireOutcome answer, CancellationToken stop)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(
            new AnswerRequest(answer.Token, answer.UserId, answer.Score!.Value, answer.Comment, answer.MayContact, answer.At), EngagementJsonContext.Default.AnswerRequest);
        for (var attempt = 1; ; attempt++)
        {
            var reply = await transport.PostAsync(settings.AnswersUri, json, stop).ConfigureAwait(false);
            if (reply.Succeeded)
            {
                health.MarkUp();
                Log.OutcomesDelivered(logger, 1);
                return;
            }

            if (!reply.Retryable)
            {
                // 400 (a bad answer) or 404 (an expired token, a survey never shown): retrying cannot help.
                Log.OutcomesRefused(logger, once.Level($"answer {reply.Status}", LogLevel.Error), 1, reply.Failure);
                return;
            }

            await WaitAsync(reply, attempt, 1, stop).ConfigureAwait(false);
        }
    }

    private async Task WaitAsync(PortalAnswer reply, int attempt, int count, CancellationToken stop)
    {
        var delay = reply.RetryAfter ?? Backoff.ForRetry(attempt);
        var wait = Task.Delay(delay, time, stop);
        // Logged once the timer is set, so a test that sees this line can move a fake clock past it.
        Log.OutcomeRetryScheduled(logger, count, reply.Failure, attempt, delay);
        await wait.ConfigureAwait(false);
    }

    private void LogRejected(ReadOnlyMemory<byte> body, int count)
    {
        var answer = RefusedItems.Read(body);
        if (answer.RefusedItems > 0)
        {
            Log.OutcomeItemsRejected(logger, once.Level("outcome rejected", LogLevel.Warning), answer.RefusedItems, count, answer.Failure);
        }
    }
}
