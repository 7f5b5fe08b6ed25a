namespace Adoption.Sdk.Internal;

/// <summary>Thread-safe tallies behind <see cref="AdoptionStatistics"/>.</summary>
internal sealed class Counters
{
    private long _received;
    private long _delivered;
    private long _droppedQueueFull;
    private long _droppedInvalid;
    private long _droppedUndeliverable;

    public void Received() => Interlocked.Increment(ref _received);

    public void Delivered(int count) => Interlocked.Add(ref _delivered, count);

    public long DroppedQueueFull() => Interlocked.Increment(ref _droppedQueueFull);

    public long DroppedQueueFull(int count) => Interlocked.Add(ref _droppedQueueFull, count);

    /// <summary>Messages an earlier run left in the disk buffer, now this client's to send.</summary>
    public void Restored(int count) => Interlocked.Add(ref _received, count);

    public void DroppedInvalid(int count = 1) => Interlocked.Add(ref _droppedInvalid, count);

    public void DroppedUndeliverable(int count) => Interlocked.Add(ref _droppedUndeliverable, count);

    // Read in this order so a message moving from pending to an outcome is never counted twice.
    public AdoptionStatistics Snapshot()
    {
        var delivered = Interlocked.Read(ref _delivered);
        var queueFull = Interlocked.Read(ref _droppedQueueFull);
        var invalid = Interlocked.Read(ref _droppedInvalid);
        var undeliverable = Interlocked.Read(ref _droppedUndeliverable);
        var received = Interlocked.Read(ref _received);
        return new AdoptionStatistics(received, delivered, queueFull, invalid, undeliverable);
    }
}
