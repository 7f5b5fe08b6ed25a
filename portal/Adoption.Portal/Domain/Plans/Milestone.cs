using Adoption.Portal.Domain.Languages;

namespace Adoption.Portal.Domain.Plans;

/// <summary>A task or milestone on the way to an objective, owned by one side.</summary>
public sealed class Milestone : IVersioned
{
    public int Id { get; set; }
    public int ObjectiveId { get; set; }
    public Objective? Objective { get; set; }
    public required string Title { get; set; }
    public OwnerSide Owner { get; set; }
    public DateOnly? DueDate { get; set; }
    public MilestoneStatus Status { get; set; }
    public DateTime? CompletedAt { get; set; }
    public bool CustomerVisible { get; set; } = true;
    public int Order { get; set; }
    /// <summary>When set, the milestone completes itself once this key feature is used by
    /// <see cref="AutoCompleteUserCount"/> distinct people at the account.</summary>
    public int? AutoCompleteFeatureId { get; set; }
    public int? AutoCompleteUserCount { get; set; }
    public int Version { get; set; }
    /// <summary>Title in other languages (fi, it, zh-Hans); the columns above are the English original and the fallback.</summary>
    public Dictionary<string, LocalText> Texts { get; set; } = [];

    public List<PlanComment> Comments { get; set; } = [];

    public bool IsOverdue(DateOnly today) =>
        Status != MilestoneStatus.Done && DueDate is { } due && due < today;
}

public enum OwnerSide
{
    Customer = 0,
    Vendor = 1,
}

public enum MilestoneStatus
{
    NotStarted = 0,
    InProgress = 1,
    Blocked = 2,
    Done = 3,
}
