using System.Threading.Channels;
using Adoption.Portal.Ingestion.Parsing;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// Hands requests to the single writer and waits for their commit. Bounded, so when the disk falls
/// behind, requests wait here (and clients see latency) instead of the portal filling its memory.
/// </summary>
public sealed class IngestionQueue
{
    private readonly Channel<PendingWrite> channel = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(4096) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    internal ChannelReader<PendingWrite> Reader => channel.Reader;

    /// <summary>Completes once the messages are durably committed (or throws if they could not be).</summary>
    internal async Task WriteAsync(int writeKeyId, DateTime receivedAt, IReadOnlyList<IncomingMessage> messages, CancellationToken cancellationToken)
    {
        var write = new PendingWrite { Kind = WriteKind.Messages, WriteKeyId = writeKeyId, ReceivedAt = receivedAt, Messages = messages };
        await channel.Writer.WriteAsync(write, cancellationToken);
        // Once queued it will be written whatever the client does, so the wait is not cancelled.
        await write.Done.Task;
    }

    /// <summary>Brings the rollups up to date with every acknowledged event now, instead of within
    /// <see cref="IngestionOptions.MaxRollupLag"/>.</summary>
    public Task FlushRollupsAsync(CancellationToken cancellationToken = default) => OrderAsync(WriteKind.FlushRollups, cancellationToken);

    /// <summary>Recounts every rollup from the raw events (in the writer, so nothing is counted twice).</summary>
    public Task RebuildRollupsAsync(CancellationToken cancellationToken = default) => OrderAsync(WriteKind.RebuildRollups, cancellationToken);

    /// <summary>How long the oldest queued write has waited for the writer; zero when none waits.</summary>
    public TimeSpan OldestWait =>
        channel.Reader.TryPeek(out var oldest) ? System.Diagnostics.Stopwatch.GetElapsedTime(oldest.QueuedAt) : TimeSpan.Zero;

    internal void Fail(Exception reason)
    {
        while (channel.Reader.TryRead(out var write))
        {
            write.Done.TrySetException(reason);
        }
    }

    private async Task OrderAsync(WriteKind kind, CancellationToken cancellationToken)
    {
        var order = new PendingWrite { Kind = kind };
        await channel.Writer.WriteAsync(order, cancellationToken);
        await order.Done.Task.WaitAsync(cancellationToken);
    }
}
