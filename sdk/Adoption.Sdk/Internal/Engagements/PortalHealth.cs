namespace Adoption.Sdk.Internal.Engagements;

/// <summary>
/// Remembers that the portal failed or was slow, so the next page views do not wait for it again: for a pause
/// (5 s, doubling to a minute while it keeps failing) decisions come from the cache or are empty, at once.
/// After the pause one request tries again.
/// </summary>
internal sealed class PortalHealth(TimeProvider time)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(1);
    private long _retryAt;
    private int _failures;

    public bool IsDown => time.GetTimestamp() < Volatile.Read(ref _retryAt);

    /// <param name="retryAfter">The portal's own <c>Retry-After</c>, honoured when it asks for longer.</param>
    public TimeSpan MarkDown(TimeSpan? retryAfter = null)
    {
        // Many page views that waited on the same slow request fail together: that is one failure, not many.
        var now = time.GetTimestamp();
        var retryAt = Volatile.Read(ref _retryAt);
        if (now < retryAt && retryAfter is null)
        {
            return TimeSpan.FromSeconds((retryAt - now) / (double)time.TimestampFrequency);
        }

        var failures = Math.Min(Interlocked.Increment(ref _failures), 5);
        var pause = TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, FirstPause.Ticks << (failures - 1)));
        if (retryAfter > pause)
        {
            pause = retryAfter.Value;
        }

        Volatile.Write(ref _retryAt, now + (long)(pause.TotalSeconds * time.TimestampFrequency));
        return pause;
    }

    public void MarkUp()
    {
        Volatile.Write(ref _failures, 0);
        Volatile.Write(ref _retryAt, 0);
    }
}
