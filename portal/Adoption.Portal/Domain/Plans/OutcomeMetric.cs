using Adoption.Portal.Domain.Languages;

namespace Adoption.Portal.Domain.Plans;

/// <summary>A measurable outcome: from <see cref="Baseline"/> towards <see cref="Target"/>.</summary>
public sealed class OutcomeMetric : IVersioned
{
    public int Id { get; set; }
    public int ObjectiveId { get; set; }
    public required string Name { get; set; }
    public string? Unit { get; set; }
    public decimal Baseline { get; set; }
    public decimal Target { get; set; }
    public decimal Current { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Who entered the current value by hand (null for a live-bound metric or one made from a template).</summary>
    public string? UpdatedBy { get; set; }
    /// <summary>Where <see cref="Current"/> comes from: entered by hand, or an adoption figure read live.</summary>
    public MetricSource Source { get; set; }
    /// <summary>The key feature of <see cref="MetricSource.FeatureUsers"/>.</summary>
    public int? FeatureId { get; set; }
    public int Version { get; set; }
    /// <summary>Name and unit in other languages (fi, it, zh-Hans); the columns above are the English original and the fallback.</summary>
    public Dictionary<string, MetricText> Texts { get; set; } = [];

    /// <summary>Share of the way from baseline to target, 0..1; works for targets below baseline too.</summary>
    public double Progress =>
        Target == Baseline ? (Current == Target ? 1 : 0)
        : Math.Clamp((double)((Current - Baseline) / (Target - Baseline)), 0, 1);
}

/// <summary>What an outcome metric's current value is: typed in, or one of the account's adoption figures, read live from the rollups.</summary>
public enum MetricSource
{
    Manual = 0,
    /// <summary>Distinct people active in the last 7 days.</summary>
    WeeklyActivePeople = 1,
    /// <summary>Distinct people who used the metric's key feature in the last 30 days.</summary>
    FeatureUsers = 2,
    /// <summary>Percent of the key features used by anyone in the last 30 days.</summary>
    Breadth = 3,
    /// <summary>Distinct people active in the last 30 days: the seats in use.</summary>
    SeatsUsed = 4,
}
