namespace Adoption.Sdk.Internal;

/// <summary>
/// How long a message has waited, from the UTC time stamped on it at the call (so the call reads the clock once).
/// A wall clock set back makes the wait look negative: the batch is then treated as due rather than held.
/// </summary>
internal static class QueueClock
{
    public static TimeSpan Since(TimeProvider time, long queuedAtUtcTicks)
    {
        var waited = time.GetUtcNow().UtcTicks - queuedAtUtcTicks;
        return waited < 0 ? TimeSpan.MaxValue : TimeSpan.FromTicks(waited);
    }
}
