using System.Threading.RateLimiting;

namespace Adoption.Portal.Ingestion.Api;

/// <summary>
/// A token bucket per write key, counted in messages: a burst from one host product gets 429 with
/// Retry-After while every other key goes on being served.
/// </summary>
internal sealed class IngestionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<int> limiter;
    private readonly int tokenLimit;

    public IngestionRateLimiter(IngestionOptions options)
    {
        tokenLimit = Math.Max(1, options.BurstEventsPerKey);
        // Refill ten times a second, except for rates too low to split (then once a refill period).
        var rate = Math.Max(1, options.EventsPerSecondPerKey);
        var (tokens, period) = rate >= 10 ? (rate / 10, TimeSpan.FromMilliseconds(100)) : (rate, options.LowRateRefillPeriod);
        limiter = PartitionedRateLimiter.Create<int, int>(keyId => RateLimitPartition.GetTokenBucketLimiter(keyId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokenLimit,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when the key may send <paramref name="messages"/> now, else how long to wait.</summary>
    public TimeSpan? TryAcquire(int writeKeyId, int messages)
    {
        using var lease = limiter.AttemptAcquire(writeKeyId, Math.Clamp(messages, 1, tokenLimit));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => limiter.Dispose();
}
