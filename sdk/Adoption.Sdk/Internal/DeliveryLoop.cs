using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal;

/// <summary>
/// The one background task that turns queued messages into batches and delivers them. It sends a batch when it
/// holds <see cref="Settings.FlushAt"/> messages, would outgrow <see cref="Settings.MaxBatchBytes"/>, has waited
/// <see cref="Settings.FlushInterval"/>, or a flush is asked for. Each batch goes to the sink: delivered before the
/// next is formed (one in flight at a time), or written to the disk buffer.
/// </summary>
internal sealed class DeliveryLoop(
    Settings settings, ChannelReader<Envelope> queue, IBatchSink sink, Counters counters,
    TimeProvider time, ILogger logger, LogOnce once)
{
    private static readonly Task Never = new TaskCompletionSource().Task;
    private readonly Channel<TaskCompletionSource> _flushRequests = Channel.CreateUnbounded<TaskCompletionSource>();
    private readonly PendingBatch _batch = new(settings.MaxBatchBytes);
    private readonly BatchDeadline _deadline = new(time);

    /// <summary>Completes when everything queued before the call was delivered or dropped.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        var request = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _flushRequests.Writer.TryWrite(request) ? request.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    public async Task RunAsync(CancellationToken stop)
    {
        Task<bool>? messageArrived = null;
        Task<bool>? flushAsked = null;
        try
        {
            while (true)
            {
                stop.ThrowIfCancellationRequested();
                try
                {
                    await TakeQueuedAsync(stop).ConfigureAwait(false);
                    if (_flushRequests.Reader.TryRead(out var request))
                    {
                        try
                        {
                            await FlushQueuedAsync(stop).ConfigureAwait(false);
                        }
                        finally
                        {
                            // With the disk buffer the batches are on disk now; the flush ends when they are sent.
                            _ = sink.DrainAsync(stop).ContinueWith(_ => request.TrySetResult(), CancellationToken.None,
                                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                        }

                        continue;
                    }

                    if (queue.Completion.IsCompleted)
                    {
                        await SendBatchAsync(stop).ConfigureAwait(false);
                        return;
                    }

                    if (_batch.Count > 0 && QueueClock.Since(time, _batch.FirstQueuedAt) >= settings.FlushInterval)
                    {
                        await SendBatchAsync(stop).ConfigureAwait(false);
                        continue;
                    }

                    messageArrived ??= queue.WaitToReadAsync(stop).AsTask();
                    flushAsked ??= _flushRequests.Reader.WaitToReadAsync(stop).AsTask();
                    var deadline = _batch.Count > 0 ? _deadline.For(_batch.FirstQueuedAt, settings.FlushInterval) : Never;
                    await Task.WhenAny(messageArrived, flushAsked, deadline).ConfigureAwait(false);
                    messageArrived = messageArrived.IsCompleted ? null : messageArrived;
                    flushAsked = flushAsked.IsCompleted ? null : flushAsked;
                }
                catch (Exception e) when (!stop.IsCancellationRequested)
                {
                    // A bug must not wedge the sender on one batch: drop it (counted) and carry on.
                    counters.DroppedUndeliverable(_batch.Count);
                    _batch.Clear();
                    Log.SenderFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The shutdown deadline passed: what is left is counted below.
        }
        finally
        {
            AbandonRemaining(stop.IsCancellationRequested);
        }
    }

    private async Task TakeQueuedAsync(CancellationToken stop)
    {
        while (_batch.Count < settings.FlushAt && queue.TryRead(out var message))
        {
            await AddAsync(message, stop).ConfigureAwait(false);
        }

        if (_batch.Count >= settings.FlushAt)
        {
            await SendBatchAsync(stop).ConfigureAwait(false);
        }
    }

    // Only what is queued now: under constant load a flush must still end.
    private async Task FlushQueuedAsync(CancellationToken stop)
    {
        for (var remaining = queue.Count; remaining > 0 && queue.TryRead(out var message); remaining--)
        {
            await AddAsync(message, stop).ConfigureAwait(false);
            if (_batch.Count >= settings.FlushAt)
            {
                await SendBatchAsync(stop).ConfigureAwait(false);
            }
        }

        await SendBatchAsync(stop).ConfigureAwait(false);
    }

    private async Task AddAsync(Envelope message, CancellationToken stop)
    {
        if (Serialize(message) is not { } json)
        {
            return;
        }

        if (!_batch.TryAdd(json, message.QueuedAt))
        {
            await SendBatchAsync(stop).ConfigureAwait(false);
            _batch.TryAdd(json, message.QueuedAt);
        }
    }

    private byte[]? Serialize(Envelope message)
    {
        byte[] json;
        try
        {
            // Made here rather than in the host's call, which then costs less; serialized once, so retries keep it.
            message.MessageId = MessageIds.NewVersion7(message.Timestamp);
            json = JsonSerializer.SerializeToUtf8Bytes(message, AdoptionJsonContext.Default.Envelope);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            Drop(message, "unserializable", $"it cannot be serialized ({e.Message})");
            return null;
        }

        if (json.Length > settings.MaxEventBytes)
        {
            Drop(message, "too large", $"it is {json.Length} bytes, over MaxEventBytes ({settings.MaxEventBytes})");
            return null;
        }

        return json;
    }

    // The deadline passed before the loop got to everything: with the disk buffer, what is still in memory goes
    // to disk for the next run instead of being dropped. Returns how many could not be kept.
    private int KeepRemaining()
    {
        var lost = 0;
        void Keep()
        {
            if (_batch.Count > 0 && !sink.TryKeep(_batch))
            {
                lost += _batch.Count;
            }

            _batch.Clear();
        }

        Keep();
        if (lost > 0)
        {
            return lost;
        }

        while (queue.TryRead(out var message))
        {
            if (Serialize(message) is not { } json)
            {
                continue;
            }

            if (_batch.Count >= settings.FlushAt || !_batch.TryAdd(json, message.QueuedAt))
            {
                Keep();
                _batch.TryAdd(json, message.QueuedAt);
            }
        }

        Keep();
        return lost;
    }

    private void Drop(Envelope message, string problem, string reason)
    {
        counters.DroppedInvalid();
        Log.MessageDropped(logger, once.Level(problem, LogLevel.Warning), message.Type, reason);
    }

    private async Task SendBatchAsync(CancellationToken stop)
    {
        if (_batch.Count == 0)
        {
            return;
        }

        _deadline.Reset();
        await sink.SendAsync(_batch, stop).ConfigureAwait(false);
        _batch.Clear();
    }

    private void AbandonRemaining(bool deadlinePassed)
    {
        _flushRequests.Writer.TryComplete();
        var left = deadlinePassed && sink.Keeps ? KeepRemaining() : 0;
        left += _batch.Count;
        _batch.Clear();
        while (queue.TryRead(out _))
        {
            left++;
        }

        if (left > 0)
        {
            counters.DroppedUndeliverable(left);
            if (deadlinePassed)
            {
                Log.ShutdownUndelivered(logger, left, settings.ShutdownTimeout);
            }
        }

        while (_flushRequests.Reader.TryRead(out var request))
        {
            request.TrySetResult();
        }

        _deadline.Reset();
    }
}
