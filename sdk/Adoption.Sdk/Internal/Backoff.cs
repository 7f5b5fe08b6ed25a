using System.Net.Http.Headers;

namespace Adoption.Sdk.Internal;

/// <summary>How long to wait before sending a batch again.</summary>
internal static class Backoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    // A server asking for more than this is treated as asking for this: the batch is held in memory meanwhile.
    public static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Exponential (1 s, 2 s, 4 s … 30 s) with "equal jitter": half fixed, half random, so many hosts that lost
    /// the portal at the same moment do not come back in step.
    /// </summary>
    public static TimeSpan ForRetry(int retry)
    {
        var ceiling = TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks << Math.Min(retry - 1, 10)));
        return ceiling / 2 + ceiling / 2 * Random.Shared.NextDouble();
    }

    /// <summary>The server's <c>Retry-After</c> (seconds or a date), honoured up to <see cref="LongestRetryAfter"/>.</summary>
    public static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        var wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        return wait is null ? null : TimeSpan.FromTicks(Math.Clamp(wait.Value.Ticks, 0, LongestRetryAfter.Ticks));
    }
}
