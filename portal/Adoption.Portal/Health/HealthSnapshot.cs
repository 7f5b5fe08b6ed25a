namespace Adoption.Portal.Health;

/// <summary>An account's health on one day: one row per account and day, rewritten while the day lasts.</summary>
public sealed class HealthSnapshot
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public DateOnly Day { get; set; }
    public int Score { get; set; }
    public HealthColor Color { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>Which way health moved over the last week.</summary>
public enum HealthTrend
{
    Flat = 0,
    Up = 1,
    Down = 2,
}
