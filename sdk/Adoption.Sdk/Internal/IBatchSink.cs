namespace Adoption.Sdk.Internal;

/// <summary>Where a formed batch goes: straight to the portal (the default), or to the disk buffer first.</summary>
internal interface IBatchSink
{
    /// <summary>Takes the batch; the caller clears it afterwards.</summary>
    Task SendAsync(PendingBatch batch, CancellationToken stop);

    /// <summary>Completes when every batch taken so far was delivered or dropped.</summary>
    Task DrainAsync(CancellationToken stop);

    /// <summary>
    /// Keeps a batch for the next run when the shutdown deadline has passed before it could be sent: true when it
    /// is safe (on disk), false when it can only be dropped.
    /// </summary>
    bool TryKeep(PendingBatch batch);

    /// <summary>Whether <see cref="TryKeep"/> can keep anything at all.</summary>
    bool Keeps { get; }
}

/// <summary>Delivers each batch before the loop takes the next: one request in flight, order kept.</summary>
internal sealed class DirectSink(BatchDelivery delivery) : IBatchSink
{
    public Task SendAsync(PendingBatch batch, CancellationToken stop) => delivery.DeliverAsync(batch, stop);

    public Task DrainAsync(CancellationToken stop) => Task.CompletedTask;

    public bool TryKeep(PendingBatch batch) => false;

    public bool Keeps => false;
}
