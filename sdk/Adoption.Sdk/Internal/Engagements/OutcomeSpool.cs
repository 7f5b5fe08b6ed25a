using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal.Engagements;

/// <summary>
/// Outcomes and survey answers in the disk buffer: the queue writes each run it takes as one file of JSON lines, and
/// a background task sends the files oldest first, deleting each when the portal has answered for it. So an answer
/// the host acknowledged to the browser survives a portal outage and a restart; the next process sends it, and the
/// portal's idempotence (per token and kind, per survey, respondent and period) stores it once even if a stop came
/// between sending and deleting. At most <see cref="Capacity"/> are kept, the oldest file dropped beyond that.
/// </summary>
internal sealed class OutcomeSpool(DiskSpool spool, OutcomeDelivery delivery, TimeProvider time, ILogger logger, LogOnce once, Action<long> finished)
    : IDisposable
{
    public const int Capacity = 10_000;
    private readonly Lock _files = new();
    private readonly SemaphoreSlim _written = new(0);
    private string? _sending;
    private long _onDisk;
    private int _intakeEnded;

    /// <summary>What an earlier run left: counted as queued, so a flush waits for it too.</summary>
    public int Restore()
    {
        var restored = spool.Files(DiskSpool.Outcomes).Sum(DiskSpool.CountOf);
        lock (_files)
        {
            _onDisk = restored;
        }

        if (restored > 0)
        {
            Log.OutcomesRestored(logger, restored);
        }

        return restored;
    }

    /// <summary>Writes the outcomes to a file for the sender; false when the disk cannot take them.</summary>
    public bool TryKeep(IReadOnlyList<WireOutcome> batch)
    {
        try
        {
            spool.Write(batch.Select(o => JsonSerializer.SerializeToUtf8Bytes(o, EngagementJsonContext.Default.WireOutcome)), batch.Count, DiskSpool.Outcomes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.DiskBufferUnavailable(logger, "the buffer folder", e.Message);
            return false;
        }

        Trim(batch.Count);
        _written.Release();
        return true;
    }

    /// <summary>Nothing more will be written: the sender sends what is on disk, then ends.</summary>
    public void EndIntake()
    {
        Volatile.Write(ref _intakeEnded, 1);
        _written.Release();
    }

    public async Task SendAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                // Read before listing: a file written before the intake ended is then always seen.
                var ended = Volatile.Read(ref _intakeEnded) == 1;
                string? next;
                lock (_files)
                {
                    next = _sending = spool.Files(DiskSpool.Outcomes) is [var oldest, ..] ? oldest : null;
                }

                if (next is null)
                {
                    if (ended)
                    {
                        return;
                    }

                    await _written.WaitAsync(stop).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    await SendFileAsync(next, stop).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A bug must not spin on one file: log, pause, try again (the file stays until it is sent).
                    Log.SenderFailed(logger, e);
                    await Task.Delay(Backoff.Longest, time, stop).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The shutdown deadline passed: the files wait on disk for the next run.
        }
    }

    public void Dispose() => _written.Dispose();

    private async Task SendFileAsync(string file, CancellationToken stop)
    {
        var batch = new List<WireOutcome>();
        try
        {
            foreach (var line in DiskSpool.Read(file))
            {
                if (Parse(line) is { } outcome)
                {
                    batch.Add(outcome);
                }
            }
        }
        catch (IOException e)
        {
            Log.DiskBufferUnavailable(logger, file, e.Message);
        }

        if (batch.Count > 0)
        {
            await delivery.DeliverAsync(batch, stop).ConfigureAwait(false);
        }

        var count = DiskSpool.CountOf(file);
        lock (_files)
        {
            DiskSpool.Delete(file);
            _sending = null;
            _onDisk -= count;
        }

        finished(count);
    }

    private WireOutcome? Parse(byte[] line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, EngagementJsonContext.Default.WireOutcome) is { Token.Length: > 0, UserId.Length: > 0, Kind.Length: > 0 } outcome
                ? outcome
                : null;
        }
        catch (JsonException)
        {
            Log.MessageDropped(logger, once.Level("outcome unreadable", LogLevel.Warning), "outcome", "its line in the disk buffer cannot be read");
            return null;
        }
    }

    private void Trim(int added)
    {
        var dropped = 0;
        lock (_files)
        {
            _onDisk += added;
            if (_onDisk > Capacity)
            {
                foreach (var file in spool.Files(DiskSpool.Outcomes))
                {
                    if (_onDisk <= Capacity)
                    {
                        break;
                    }

                    // Never the file being sent: the sender deletes and counts it when the portal has answered.
                    if (file != _sending)
                    {
                        var count = DiskSpool.CountOf(file);
                        DiskSpool.Delete(file);
                        (_onDisk, dropped) = (_onDisk - count, dropped + count);
                    }
                }
            }
        }

        if (dropped > 0)
        {
            finished(dropped);
            Log.OutcomeBufferFull(logger, once.Level("outcome buffer full", LogLevel.Warning), Capacity, dropped);
        }
    }
}
