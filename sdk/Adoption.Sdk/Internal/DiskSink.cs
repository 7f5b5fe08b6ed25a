using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal;

/// <summary>
/// Batches go to the disk buffer at once, and a second background task sends the files oldest first, deleting each
/// when the portal has answered for it. So while the portal is away, events keep moving from memory to disk and
/// survive a restart; at most the batch being formed (up to <see cref="Settings.FlushInterval"/>) is only in memory.
/// </summary>
internal sealed class DiskSink : IBatchSink, IAsyncDisposable
{
    private readonly DiskSpool _spool;
    private readonly BatchDelivery _delivery;
    private readonly Settings _settings;
    private readonly Counters _counters;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _written = new(0);
    private readonly List<(long Scan, TaskCompletionSource Done)> _drains = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private long _scans;
    private int _completed;

    public DiskSink(DiskSpool spool, BatchDelivery delivery, Settings settings, Counters counters, TimeProvider time, ILogger logger)
    {
        (_spool, _delivery, _settings, _counters, _time, _logger) = (spool, delivery, settings, counters, time, logger);
        var restored = spool.Files().Sum(DiskSpool.CountOf);
        if (restored > 0)
        {
            // Received by this client from the disk, so Statistics still adds up.
            counters.Restored(restored);
            Log.DiskBufferRestored(logger, restored);
        }

        using (ExecutionContext.SuppressFlow())
        {
            _running = Task.Run(() => RunAsync(_stop.Token));
        }
    }

    // Bounded like the memory queue: about MaxQueueSize events on disk, in files of up to FlushAt.
    private int MaxFiles => Math.Max(1, _settings.MaxQueueSize / _settings.FlushAt);

    public Task SendAsync(PendingBatch batch, CancellationToken stop)
    {
        try
        {
            _spool.Write(batch);
        }
        catch (IOException e)
        {
            // A full or broken disk: this batch is sent from memory instead, as without the buffer.
            Log.DiskBufferUnavailable(_logger, "the buffer folder", e.Message);
            return _delivery.DeliverAsync(batch, stop);
        }

        var files = _spool.Files();
        for (var i = 0; i < files.Count - MaxFiles; i++)
        {
            var dropped = DiskSpool.CountOf(files[i]);
            DiskSpool.Delete(files[i]);
            var total = _counters.DroppedQueueFull(dropped);
            Log.DiskBufferFull(_logger, total == dropped ? LogLevel.Warning : LogLevel.Debug, MaxFiles, dropped);
        }

        _written.Release();
        return Task.CompletedTask;
    }

    public bool Keeps => true;

    public bool TryKeep(PendingBatch batch)
    {
        try
        {
            _spool.Write(batch);
            return true;
        }
        catch (IOException e)
        {
            Log.DiskBufferUnavailable(_logger, "the buffer folder", e.Message);
            return false;
        }
    }

    public Task DrainAsync(CancellationToken stop)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_drains)
        {
            _drains.Add((Interlocked.Read(ref _scans), done));
        }

        _written.Release();
        return done.Task.WaitAsync(stop);
    }

    /// <summary>Called when intake has ended: the sender sends what is on disk, then stops.</summary>
    public void Complete()
    {
        Volatile.Write(ref _completed, 1);
        _written.Release();
    }

    /// <summary>Waits for the sender until <paramref name="deadline"/>; unsent files stay on disk for the next run.</summary>
    public async Task StopAsync(TimeSpan deadline, TimeProvider time)
    {
        try
        {
            await _running.WaitAsync(deadline, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _running.ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Complete();
        await StopAsync(TimeSpan.Zero, TimeProvider.System).ConfigureAwait(false);
        _stop.Dispose();
        _written.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                var scan = Interlocked.Increment(ref _scans);
                var files = _spool.Files();
                if (files.Count == 0)
                {
                    ReleaseDrains(scan);
                    if (Volatile.Read(ref _completed) == 1)
                    {
                        return;
                    }

                    await _written.WaitAsync(stop).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    await SendFileAsync(files[0], stop).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A bug must not spin on one file: log, pause, try again (the file stays until it is sent).
                    Log.SenderFailed(_logger, e);
                    await Task.Delay(Backoff.Longest, _time, stop).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The shutdown deadline passed: the files wait on disk for the next run.
        }
        finally
        {
            ReleaseDrains(long.MaxValue);
        }
    }

    private async Task SendFileAsync(string file, CancellationToken stop)
    {
        var batch = new PendingBatch(AdoptionOptions.MaxBatchBytesLimit);
        try
        {
            foreach (var message in DiskSpool.Read(file))
            {
                batch.TryAdd(message, 0);
            }
        }
        catch (IOException e)
        {
            Log.DiskBufferUnavailable(_logger, file, e.Message);
        }

        if (batch.Count > 0)
        {
            // Delivered, refused or out of retries: each is counted by the delivery, and the file has had its turn.
            await _delivery.DeliverAsync(batch, stop).ConfigureAwait(false);
        }

        DiskSpool.Delete(file);
    }

    private void ReleaseDrains(long scan)
    {
        lock (_drains)
        {
            foreach (var (registered, done) in _drains)
            {
                if (registered < scan)
                {
                    done.TrySetResult();
                }
            }

            _drains.RemoveAll(d => d.Scan < scan);
        }
    }
}
