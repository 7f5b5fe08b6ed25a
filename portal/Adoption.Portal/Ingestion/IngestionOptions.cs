using Microsoft.Extensions.Options;

namespace Adoption.Portal.Ingestion;

/// <summary>How the writer stores events (<c>Ingestion:Store</c>).</summary>
public enum IngestionStore
{
    /// <summary>Raw SQLite statements on SQLite, EF Core on SQL Server.</summary>
    Auto,
    /// <summary>EF Core on either provider.</summary>
    Ef,
}

/// <summary>
/// Limits and tuning of the ingestion API, bound from the <c>Ingestion</c> configuration section.
/// The size limits are Segment's, so a Segment client never trips over them unexpectedly.
/// </summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>How the writer stores events: <see cref="IngestionStore.Auto"/>.</summary>
    public IngestionStore Store { get; set; }
    /// <summary>Largest request body, after gzip is undone: 500 KB.</summary>
    public int MaxRequestBytes { get; set; } = 500 * 1024;
    /// <summary>Largest single message: 32 KB.</summary>
    public int MaxEventBytes { get; set; } = 32 * 1024;
    /// <summary>Most messages in one batch: 2,500.</summary>
    public int MaxBatchEvents { get; set; } = 2500;
    /// <summary>A corrected timestamp later than this after receipt is clamped to the receipt time: 1 hour.</summary>
    public TimeSpan MaxFutureSkew { get; set; } = TimeSpan.FromHours(1);
    /// <summary>A corrected timestamp older than this is clamped to the receipt time: 90 days.</summary>
    public TimeSpan MaxPastSkew { get; set; } = TimeSpan.FromDays(90);
    /// <summary>Sustained messages per second one write key may send: 100,000.</summary>
    public int EventsPerSecondPerKey { get; set; } = 100_000;
    /// <summary>Messages one write key may send in a burst above the sustained rate: 200,000.</summary>
    public int BurstEventsPerKey { get; set; } = 200_000;
    /// <summary>For sustained rates under 10 a second, how often the key's tokens refill
    /// (<see cref="EventsPerSecondPerKey"/> tokens each time): 1 second.</summary>
    public TimeSpan LowRateRefillPeriod { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Most messages written in one transaction (group commit): 20,000.</summary>
    public int MaxEventsPerCommit { get; set; } = 20_000;
    /// <summary>
    /// How long rollups may trail the acknowledged events while requests keep coming: 2 seconds.
    /// When the API goes quiet for <see cref="RollupIdleDelay"/> they are brought up to date at once.
    /// </summary>
    public TimeSpan MaxRollupLag { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>Quiet time after which pending rollup counts are written: 20 ms.</summary>
    public TimeSpan RollupIdleDelay { get; set; } = TimeSpan.FromMilliseconds(20);
    /// <summary>How long the write-key, account, catalogue and milestone caches trust what they read: 30 seconds.</summary>
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>What the portal refuses to start with; each message names its key.</summary>
    internal static void Rules(OptionsBuilder<IngestionOptions> options) => options
        .Validate(o => o.MaxRequestBytes > 0, "Ingestion:MaxRequestBytes must be more than zero.")
        .Validate(o => o.MaxEventBytes > 0, "Ingestion:MaxEventBytes must be more than zero.")
        .Validate(o => o.MaxBatchEvents > 0, "Ingestion:MaxBatchEvents must be more than zero.")
        .Validate(o => o.EventsPerSecondPerKey > 0, "Ingestion:EventsPerSecondPerKey must be more than zero.")
        .Validate(o => o.BurstEventsPerKey > 0, "Ingestion:BurstEventsPerKey must be more than zero.")
        .Validate(o => o.MaxEventsPerCommit > 0, "Ingestion:MaxEventsPerCommit must be more than zero.")
        .Validate(o => o.CacheLifetime >= TimeSpan.Zero, "Ingestion:CacheLifetime must not be negative.");
}
