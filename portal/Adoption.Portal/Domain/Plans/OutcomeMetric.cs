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
    public int Version { get; set; }

    /// <summary>Share of the way from baseline to target, 0..1; works for targets below baseline too.</summary>
    public double Progress =>
        Target == Baseline ? (Current == Target ? 1 : 0)
        : Math.Clamp((double)((Current - Baseline) / (Target - Baseline)), 0, 1);
}
