namespace Adoption.Portal.Engagements;

/// <summary>The reason code of one check of a decision; <see cref="EngagementReasonText"/> says it in four languages.</summary>
public enum EngagementReason
{
    Live, NotLive,
    InSchedule, NotStarted, Ended,
    SegmentMatches, SegmentMismatch,
    StageMatches, StageMismatch,
    CoverageMatches, CoverageMismatch,
    RoleMatches, RoleMismatch, RoleUnknown,
    TraitMatches, TraitMismatch,
    FeatureUsed, FeatureNotUsedYet, FeatureUnused, FeatureAlreadyUsed,
    FirstSeenInRange, FirstSeenOutOfRange, NeverSeen,
    MilestoneMatches, MilestoneMismatch, MilestoneMissing,
    AccountListed, AccountNotListed,
    NotHeldOut, HeldOut,
    NotCompleted, Completed,
    NotDismissed, Dismissed,
    NotSnoozed, Snoozed,
    FrequencyAllows, SeenOnce, SeenRecently,
    WithinBudget, CriticalPasses, AlreadyCounted, BudgetInterrupting, BudgetAmbient, BudgetAccount, BudgetSurveyWait,
    HighestPriority, Outranked,
    // Surveys (Nps/SurveyRules).
    SurveySampled, SurveyNotSampled, SurveyOldEnough, SurveyTooNew, SurveyActiveEnough, SurveyNotActiveEnough,
    SurveyNotAnswered, SurveyAnsweredThisPeriod, SurveyResurveyWait, SurveyAccountOpen, SurveyAccountAnswered,
    SurveyRoleTurn, SurveyOtherRoleFirst, SurveyAskLaterLeft, SurveyAskLaterUsed,
}

/// <summary>The stage of the decision a check belongs to, in the order they run.</summary>
public enum CheckStage
{
    Status,
    Schedule,
    Targeting,
    Holdout,
    State,
    Budget,
    Priority,
}

/// <summary>One check: its stage, whether it passed, its reason and the values the text needs.</summary>
public sealed record EngagementCheck(CheckStage Stage, bool Passed, EngagementReason Reason, params object?[] Values);
