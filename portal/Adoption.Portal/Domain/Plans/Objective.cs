using Adoption.Portal.Domain.Languages;

namespace Adoption.Portal.Domain.Plans;

public sealed class Objective : IVersioned
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public SuccessPlan? Plan { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public int Order { get; set; }
    /// <summary>Internal objectives are the CSM's alone and never reach the customer.</summary>
    public bool CustomerVisible { get; set; } = true;
    public int Version { get; set; }
    /// <summary>Title and description in other languages (fi, it, zh-Hans); the columns above are the English original and the fallback.</summary>
    public Dictionary<string, LocalText> Texts { get; set; } = [];

    public List<OutcomeMetric> Metrics { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
}
