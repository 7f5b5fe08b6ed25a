using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal.Engagements;

/// <summary>
/// Outcomes (seen, dismissed, …) queued like events and sent by one background task, up to 100 a request. An
/// outcome is retried for as long as the process runs, not a fixed number of times: a lost dismissal would show
/// the user the same nudge again. The portal is idempotent per token and kind, so a retry cannot double count.
/// </summary>
internal sealed class OutcomeQueue : IAsyncDisposable
{
    private const int MaxPerRequest = 100;
    private const int Capacity = 10_000;
    private readonly Channel<WireOutcome> _queue;
    private readonly Settings _settings;
    private readonly EngagementTransport _transport;
    private readonly PortalHealth _health;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly LogOnce _once;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(long Target, TaskCompletionSource Done)> _flushes = [];
    private readonly Task _running;
    private long _queued;
    private long _finished;

    public OutcomeQueue(Settings settings, EngagementTransport transport, PortalHealth health, TimeProvider time, ILogger logger, LogOnce once)
    {
        (_settings, _transport, _health, _time, _logger, _once) = (settings, transport, health, time, logger, once);
        _queue = Channel.CreateBounded<WireOutcome>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, AllowSynchronousContinuations = false },
            _ => Finished(1));
        using (ExecutionContext.SuppressFlow())
        {
            _running = Task.Run(() => RunAsync(_stop.Token));
        }
    }

    public bool TryEnqueue(WireOutcome outcome)
    {
        Interlocked.Increment(ref _queued);
        if (_queue.Writer.TryWrite(outcome))
        {
            return true;
        }

        Finished(1);
        return false;
    }

    /// <summary>Completes when every outcome queued before the call was delivered or dropped.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_flushes)
        {
            _flushes.Add((Interlocked.Read(ref _queued), done));
        }

        Finished(0);
        return done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_queue.Writer.TryComplete())
        {
            return;
        }

        try
        {
            await _running.WaitAsync(_settings.ShutdownTimeout, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _running.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var batch = new List<WireOutcome>(MaxPerRequest);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < MaxPerRequest && _queue.Reader.TryRead(out var outcome))
                {
                    batch.Add(outcome);
                }

                try
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
                            await DeliverAsync(run, stop).ConfigureAwait(false);
                            run.Clear();
                        }

                        await DeliverAnswerAsync(item, stop).ConfigureAwait(false);
                    }

                    if (run.Count > 0)
                    {
                        await DeliverAsync(run, stop).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Log.SenderFailed(_logger, e);
                }

                Finished(batch.Count);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The shutdown deadline passed with the portal still away.
        }
        finally
        {
            Finished(long.MaxValue / 2);
        }
    }

    private async Task DeliverAsync(List<WireOutcome> batch, CancellationToken stop)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new OutcomesRequest(batch), EngagementJsonContext.Default.OutcomesRequest);
        for (var attempt = 1; ; attempt++)
        {
            var reply = await _transport.PostAsync(_settings.OutcomesUri, json, stop).ConfigureAwait(false);
            if (reply.Succeeded)
            {
                _health.MarkUp();
                Log.OutcomesDelivered(_logger, batch.Count);
                LogRejected(reply.Body, batch.Count);
                return;
            }

            if (!reply.Retryable)
            {
                Log.OutcomesRefused(_logger, _once.Level($"outcomes {reply.Status}", LogLevel.Error), batch.Count, reply.Failure);
                return;
            }

            var delay = reply.RetryAfter ?? Backoff.ForRetry(attempt);
            var wait = Task.Delay(delay, _time, stop);
            // Logged once the timer is set, so a test that sees this line can move a fake clock past it.
            Log.OutcomeRetryScheduled(_logger, batch.Count, reply.Failure, attempt, delay);
            await wait.ConfigureAwait(false);
        }
    }

    private async Task DeliverAnswerAsync(WireOutcome answer, CancellationToken stop)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(
            new AnswerRequest(answer.Token, answer.UserId, answer.Score!.Value, answer.Comment, answer.MayContact, answer.At), EngagementJsonContext.Default.AnswerRequest);
        for (var attempt = 1; ; attempt++)
        {
            var reply = await _transport.PostAsync(_settings.AnswersUri, json, stop).ConfigureAwait(false);
            if (reply.Succeeded)
            {
                _health.MarkUp();
                Log.OutcomesDelivered(_logger, 1);
                return;
            }

            if (!reply.Retryable)
            {
                // 400 (a bad answer) or 404 (an expired token, a survey never shown): retrying cannot help.
                Log.OutcomesRefused(_logger, _once.Level($"answer {reply.Status}", LogLevel.Error), 1, reply.Failure);
                return;
            }

            var delay = reply.RetryAfter ?? Backoff.ForRetry(attempt);
            var wait = Task.Delay(delay, _time, stop);
            Log.OutcomeRetryScheduled(_logger, 1, reply.Failure, attempt, delay);
            await wait.ConfigureAwait(false);
        }
    }

    private void LogRejected(ReadOnlyMemory<byte> body, int count)
    {
        var answer = RefusedItems.Read(body);
        if (answer.RefusedItems > 0)
        {
            Log.OutcomeItemsRejected(_logger, _once.Level("outcome rejected", LogLevel.Warning), answer.RefusedItems, count, answer.Failure);
        }
    }

    private void Finished(long count)
    {
        var finished = Interlocked.Add(ref _finished, count);
        lock (_flushes)
        {
            foreach (var (target, done) in _flushes)
            {
                if (target <= finished)
                {
                    done.TrySetResult();
                }
            }

            _flushes.RemoveAll(f => f.Target <= finished);
        }
    }
}
