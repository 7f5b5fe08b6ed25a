using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Domain.Engagements;

/// <summary>
/// Who an engagement is for. Every rule that is set must hold (AND); an empty list or null means
/// "any". Stored as JSON on the engagement and validated before it is saved.
/// </summary>
public sealed class Targeting
{
    public List<Segment> Segments { get; set; } = [];
    public List<LifecycleStage> Stages { get; set; } = [];
    public List<Coverage> Coverages { get; set; } = [];
    public List<ContactRole> Roles { get; set; } = [];
    public List<TraitRule> Traits { get; set; } = [];
    public List<FeatureRule> Features { get; set; } = [];
    public int? MinDaysSinceFirstSeen { get; set; }
    public int? MaxDaysSinceFirstSeen { get; set; }
    public List<MilestoneRule> Milestones { get; set; } = [];
    /// <summary>Explicit accounts (ids); empty means every account.</summary>
    public List<int> Accounts { get; set; } = [];
}

/// <summary>An account field the vendor knows (from the CRM or the host's group traits).</summary>
public enum AccountTrait
{
    Industry,
    Plan,
    Employees,
    LicensedSeats,
    Arr,
}

public enum TraitOperator
{
    Equals,
    NotEquals,
    AtLeast,
    AtMost,
}

/// <summary><see cref="Trait"/> compared with <see cref="Value"/>: text traits take Equals/NotEquals, numbers all four.</summary>
public sealed class TraitRule
{
    public AccountTrait Trait { get; set; }
    public TraitOperator Operator { get; set; }
    public string Value { get; set; } = "";
}

/// <summary>The person has (or has not) used a key feature, ever or in the last <see cref="WithinDays"/> days.</summary>
public sealed class FeatureRule
{
    public string FeatureKey { get; set; } = "";
    public bool Used { get; set; }
    public int? WithinDays { get; set; }
}

/// <summary>The account's plan has a milestone titled <see cref="Title"/> in one of <see cref="Statuses"/>.</summary>
public sealed class MilestoneRule
{
    public string Title { get; set; } = "";
    public List<MilestoneStatus> Statuses { get; set; } = [];
}
