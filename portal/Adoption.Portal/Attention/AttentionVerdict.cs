namespace Adoption.Portal.Attention;

/// <summary>Why the budget allowed or refused a touch.</summary>
public enum AttentionReason
{
    WithinBudget,
    /// <summary>Over budget, but critical: it passes and still counts.</summary>
    CriticalPasses,
    /// <summary>The same prompt was already shown today; showing it again takes nothing new.</summary>
    AlreadyCounted,
    PersonInterruptingToday,
    PersonAmbientToday,
    PersonEmailsThisWeek,
    AccountInterruptingToday,
    SurveyWait,
}

/// <summary>The budget's answer, with the numbers behind it so "why not shown" can say them.</summary>
/// <param name="Allowed">Whether the touch may be made now.</param>
/// <param name="Reason">The rule that decided.</param>
/// <param name="Used">Touches already counted against that rule's limit.</param>
/// <param name="Limit">The rule's limit (for <see cref="AttentionReason.SurveyWait"/>, the wait in days).</param>
/// <param name="NextAllowedAt">When the refused touch would next fit (UTC), if it is refused.</param>
public sealed record AttentionVerdict(bool Allowed, AttentionReason Reason, int Used, int Limit, DateTime? NextAllowedAt);
