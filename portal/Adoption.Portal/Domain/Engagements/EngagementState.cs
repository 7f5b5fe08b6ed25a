namespace Adoption.Portal.Domain.Engagements;

/// <summary>
/// One host-product user's history with one engagement. Kept on the portal, so it follows the
/// person across devices.
/// </summary>
public sealed class EngagementState
{
    public int EngagementId { get; set; }
    /// <summary>The host product's <c>userId</c>.</summary>
    public required string UserId { get; set; }
    public int AccountId { get; set; }
    /// <summary>Days on which it was seen.</summary>
    public int SeenCount { get; set; }
    public DateTime? FirstSeenAt { get; set; }
    public DateTime? LastSeenAt { get; set; }
    public DateTime? DismissedAt { get; set; }
    public DateTime? SnoozedUntil { get; set; }
    public DateTime? CompletedAt { get; set; }
    public DateTime? CtaClickedAt { get; set; }
    /// <summary>When the person first passed status, schedule and targeting: the start of the lift window.</summary>
    public DateTime? FirstEligibleAt { get; set; }
    /// <summary>Whether the person is in the holdout (fixed at first eligibility).</summary>
    public bool HeldOut { get; set; }
}

/// <summary>What the host reported about an engagement.</summary>
public enum OutcomeKind
{
    Seen,
    Dismissed,
    Snoozed,
    Completed,
    Cta,
}

/// <summary>
/// The exposure and outcome log: one row per engagement, user, kind and day (seen, snoozed) or
/// ever (the others). The unique key makes a replayed outcome change nothing.
/// </summary>
public sealed class EngagementOutcome
{
    public long Id { get; set; }
    public int EngagementId { get; set; }
    public required string UserId { get; set; }
    public int AccountId { get; set; }
    public OutcomeKind Kind { get; set; }
    /// <summary>The day it counts for; <see cref="DateOnly.MinValue"/> for kinds that count once.</summary>
    public DateOnly Day { get; set; }
    public DateTime At { get; set; }
}
