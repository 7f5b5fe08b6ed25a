using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>The verdict on one engagement for one user, with every check that led to it.</summary>
public sealed record EngagementDecision(Engagement Engagement, IReadOnlyList<EngagementCheck> Checks)
{
    /// <summary>Every check passed: the host shows it.</summary>
    public bool Show => Checks.All(c => c.Passed);

    /// <summary>Status, schedule and targeting passed: the user counts for lift (shown or held out).</summary>
    public bool Eligible => Checks.Where(c => c.Stage is CheckStage.Status or CheckStage.Schedule or CheckStage.Targeting).All(c => c.Passed);

    public bool HeldOut => Checks.Any(c => c.Reason == EngagementReason.HeldOut);

    /// <summary>The first check that failed: what "why not shown" leads with.</summary>
    public EngagementCheck? FirstFailure => Checks.FirstOrDefault(c => !c.Passed);
}
