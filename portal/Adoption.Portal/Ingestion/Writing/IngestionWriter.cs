using System.Diagnostics;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// The one writer: takes every request waiting in the queue, writes them in one transaction, and
/// only then lets them answer 200. One fsync serves many requests (group commit), and SQLite, which
/// allows a single writer anyway, never sees writers queue up on its lock.
/// </summary>
internal sealed partial class IngestionWriter(IngestionQueue queue, BatchWriter writer, IngestionOptions options, ILogger<IngestionWriter> log)
    : BackgroundService
{
    private const int MaxPendingRollupKeys = 200_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await writer.OpenAsync(stoppingToken);
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            queue.Fail(new InvalidOperationException("The portal is stopping; send again."));
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var group = new List<PendingWrite>();
        var reader = queue.Reader;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!reader.TryPeek(out _))
            {
                // Quiet: bring the rollups up to date unless a request arrives within the idle delay.
                if (writer.HasPendingRollups && !await ArrivesWithinAsync(options.RollupIdleDelay, stoppingToken))
                {
                    await TryAsync(() => writer.WriteAsync([], flushRollups: true, stoppingToken));
                    continue;
                }

                await reader.WaitToReadAsync(stoppingToken);
            }

            group.Clear();
            var events = 0;
            while (events < options.MaxEventsPerCommit && reader.TryPeek(out var next))
            {
                if (next.Kind != WriteKind.Messages && group.Count > 0)
                {
                    break;
                }

                reader.TryRead(out _);
                if (next.Kind != WriteKind.Messages)
                {
                    await RunOrderAsync(next, stoppingToken);
                    break;
                }

                group.Add(next);
                events += next.Messages.Count;
            }

            if (group.Count > 0)
            {
                var due = writer.PendingSince != 0 && Stopwatch.GetElapsedTime(writer.PendingSince) >= options.MaxRollupLag;
                await WriteGroupAsync(group, due || writer.PendingCount > MaxPendingRollupKeys, stoppingToken);
            }
        }
    }

    private async Task WriteGroupAsync(List<PendingWrite> group, bool flushRollups, CancellationToken stoppingToken)
    {
        try
        {
            await writer.WriteAsync(group, flushRollups, stoppingToken);
            group.ForEach(w => w.Done.TrySetResult());
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogGroupFailed(ex, group.Count);
            if (group.Count == 1)
            {
                group[0].Done.TrySetException(ex);
                return;
            }
        }

        // One request must not fail the others that happened to share its transaction.
        foreach (var write in group)
        {
            try
            {
                await writer.WriteAsync([write], flushRollups: false, stoppingToken);
                write.Done.TrySetResult();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                write.Done.TrySetException(ex);
            }
        }
    }

    private async Task RunOrderAsync(PendingWrite order, CancellationToken stoppingToken)
    {
        try
        {
            await (order.Kind == WriteKind.RebuildRollups
                ? writer.RebuildAsync(stoppingToken)
                : writer.WriteAsync([], flushRollups: true, stoppingToken));
            order.Done.TrySetResult();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            order.Done.TrySetException(ex);
        }
    }

    private async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogGroupFailed(ex, 0);
            // Wait a little so a failing disk is not hammered in a loop.
            await Task.Delay(options.MaxRollupLag);
        }
    }

    private async Task<bool> ArrivesWithinAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(delay);
        try
        {
            return await queue.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Requests} ingestion request(s) failed.")]
    private partial void LogGroupFailed(Exception exception, int requests);
}
