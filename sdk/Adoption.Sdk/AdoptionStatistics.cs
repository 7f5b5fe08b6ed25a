namespace Adoption.Sdk;

/// <summary>
/// A snapshot of what a client has done with the messages it was given, so an operator can see drops.
/// Every received message is pending, delivered, or in exactly one of the dropped counts.
/// </summary>
public sealed class AdoptionStatistics
{
    internal AdoptionStatistics(long received, long delivered, long droppedQueueFull, long droppedInvalid, long droppedUndeliverable)
    {
        Received = received;
        Delivered = delivered;
        DroppedQueueFull = droppedQueueFull;
        DroppedInvalid = droppedInvalid;
        DroppedUndeliverable = droppedUndeliverable;
    }

    /// <summary>Messages given to the client (every track, identify, group, page, screen and alias call).</summary>
    public long Received { get; }

    /// <summary>Messages the portal confirmed it stored (HTTP 200).</summary>
    public long Delivered { get; }

    /// <summary>Oldest queued messages dropped to make room because the queue was full.</summary>
    public long DroppedQueueFull { get; }

    /// <summary>
    /// Messages dropped because they were invalid: no user id and no anonymous id, no event name, larger than
    /// <see cref="AdoptionOptions.MaxEventBytes"/>, not serializable, sent after the client was disposed, or
    /// refused as invalid by the portal in an otherwise stored batch.
    /// </summary>
    public long DroppedInvalid { get; }

    /// <summary>
    /// Messages that were not delivered: the portal refused them (HTTP 400, 401, 413), retries ran out, or the
    /// shutdown deadline passed.
    /// </summary>
    public long DroppedUndeliverable { get; }

    /// <summary>Messages received but not yet delivered or dropped (queued, or in a batch being sent).</summary>
    public long Pending => Received - Delivered - DroppedQueueFull - DroppedInvalid - DroppedUndeliverable;
}
