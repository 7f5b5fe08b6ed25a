using Adoption.Portal.Ingestion.Parsing;

namespace Adoption.Portal.Ingestion.Writing;

internal enum WriteKind
{
    Messages,
    FlushRollups,
    RebuildRollups,
}

/// <summary>One request's messages (or a maintenance order) waiting for the writer; the request
/// answers only when <see cref="Done"/> completes, that is after its transaction committed.</summary>
internal sealed class PendingWrite
{
    public required WriteKind Kind { get; init; }
    public int WriteKeyId { get; init; }
    public DateTime ReceivedAt { get; init; }
    public IReadOnlyList<IncomingMessage> Messages { get; init; } = [];
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    /// <summary>When it was queued (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), for the readiness probe.</summary>
    public long QueuedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();
}
