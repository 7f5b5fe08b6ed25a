using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal.Engagements;

/// <summary>
/// Outcomes (seen, dismissed, …) and survey answers, queued like events: the host's call only writes to a bounded
/// channel, so the browser's post is acknowledged once the outcome is queued, never after the portal answers. One
/// background task takes up to 100 at a time and delivers them, retrying for as long as the process runs; with the
/// disk buffer it writes them to disk instead and a second task sends the files (<see cref="OutcomeSpool"/>), so they
/// also survive a restart.
/// </summary>
internal sealed class OutcomeQueue : IAsyncDisposable
{
    private const int MaxPerRequest = 100;
    private readonly Channel<WireOutcome> _queue;
    private readonly Settings _settings;
    private readonly OutcomeDelivery _delivery;
    private readonly OutcomeSpool? _spool;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(long Target, TaskCompletionSource Done)> _flushes = [];
    private readonly Task _running;
    private long _queued;
    private long _finished;

    public OutcomeQueue(Settings settings, EngagementTransport transport, PortalHealth health, TimeProvider time, ILogger logger, LogOnce once, DiskSpool? disk)
    {
        (_settings, _time, _logger) = (settings, time, logger);
        _delivery = new OutcomeDelivery(settings, transport, health, time, logger, once);
        _queue = Channel.CreateBounded<WireOutcome>(
            new BoundedChannelOptions(OutcomeSpool.Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, AllowSynchronousContinuations = false },
            _ => Finished(1));
        if (disk is not null)
        {
            _spool = new OutcomeSpool(disk, _delivery, time, logger, once, Finished);
            _queued = _spool.Restore();
        }

        using (ExecutionContext.SuppressFlow())
        {
            _running = _spool is null
                ? Task.Run(() => RunAsync(_stop.Token))
                : Task.WhenAll(Task.Run(() => RunAsync(_stop.Token)), Task.Run(() => _spool.SendAsync(_stop.Token)));
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

    /// <summary>Completes when every outcome queued before the call (or found on disk at start) was delivered or dropped.</summary>
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

    /// <summary>Sends what is queued until the shutdown deadline; with the disk buffer, what is left stays on disk.</summary>
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

        Finished(long.MaxValue / 2);
        _stop.Dispose();
        _spool?.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var batch = new List<WireOutcome>(MaxPerRequest);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                while (batch.Count < MaxPerRequest && _queue.Reader.TryRead(out var outcome))
                {
                    batch.Add(outcome);
                }

                // On disk the file sender delivers and counts them; a disk that fails falls back to sending from here.
                if (_spool?.TryKeep(batch) is not true)
                {
                    try
                    {
                        await _delivery.DeliverAsync(batch, stop).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Log.SenderFailed(_logger, e);
                    }

                    Finished(batch.Count);
                }

                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The shutdown deadline passed with the portal still away: with the disk buffer, what is left goes there.
            KeepRemaining(batch);
        }
        finally
        {
            _spool?.EndIntake();
        }
    }

    private void KeepRemaining(List<WireOutcome> batch)
    {
        if (_spool is null)
        {
            return;
        }

        do
        {
            while (batch.Count < MaxPerRequest && _queue.Reader.TryRead(out var outcome))
            {
                batch.Add(outcome);
            }

            if (batch.Count > 0 && !_spool.TryKeep(batch))
            {
                return;
            }

            batch.Clear();
        }
        while (_queue.Reader.Count > 0);
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
