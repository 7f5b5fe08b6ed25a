namespace Adoption.Portal.Domain.Training;

/// <summary>A path that starts itself: everyone with <see cref="Role"/> (at accounts in <see cref="Stage"/>, when set)
/// is enrolled. A path of one account is only ever assigned to that account's people.</summary>
public sealed class PathAssignment
{
    public int Id { get; set; }
    public int PathId { get; set; }
    public ContactRole? Role { get; set; }
    public LifecycleStage? Stage { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A plan milestone that completes itself once <see cref="People"/> people at its account finish
/// the path (or, with <see cref="ModuleId"/>, that one module of it).</summary>
public sealed class TrainingMilestoneRule
{
    public int Id { get; set; }
    public int MilestoneId { get; set; }
    public int AccountId { get; set; }
    public int PathId { get; set; }
    public int? ModuleId { get; set; }
    public int People { get; set; } = 1;
}

/// <summary>A person's choice about the team view: hidden, colleagues see "A colleague" instead of their name.</summary>
public sealed class TrainingPrivacy
{
    public int ContactId { get; set; }
    public int AccountId { get; set; }
    public bool HideNameFromColleagues { get; set; }
}
