using System.Collections;

namespace Adoption.Portal.Engagements;

/// <summary>
/// What each check of a decision says to a CSM, in four languages (Resources/Engagements/EngagementReasonText.*.resx):
/// "snoozed until 5 December", "budget: 1 of 1 prompts already today", "not in segment: stage is Adoption, needs Onboarding".
/// </summary>
public sealed class EngagementReasonText
{
    public const string Yet = "yet";
    public const string InTheLastDays = "in the last {0} days";
    public const string AllStepsDone = "Completed: every checklist step is done";
    public const string UnknownUser = "Unknown user: no account knows this user id";

    public static readonly IReadOnlyDictionary<EngagementReason, string> Texts = new Dictionary<EngagementReason, string>
    {
        [EngagementReason.Live] = "Live",
        [EngagementReason.NotLive] = "Not live: the status is {0}",
        [EngagementReason.InSchedule] = "Within its schedule",
        [EngagementReason.NotStarted] = "Not started yet: starts {0}",
        [EngagementReason.Ended] = "Ended on {0}",
        [EngagementReason.SegmentMatches] = "Segment is {0}",
        [EngagementReason.SegmentMismatch] = "Not in segment: segment is {0}, needs {1}",
        [EngagementReason.StageMatches] = "Lifecycle stage is {0}",
        [EngagementReason.StageMismatch] = "Not in segment: stage is {0}, needs {1}",
        [EngagementReason.CoverageMatches] = "Coverage is {0}",
        [EngagementReason.CoverageMismatch] = "Not in segment: coverage is {0}, needs {1}",
        [EngagementReason.RoleMatches] = "Contact role is {0}",
        [EngagementReason.RoleMismatch] = "Contact role is {0}, needs {1}",
        [EngagementReason.RoleUnknown] = "Not a known contact; the rule needs role {0}",
        [EngagementReason.TraitMatches] = "{0} is {1}",
        [EngagementReason.TraitMismatch] = "{0} is {1}, needs {2} {3}",
        [EngagementReason.FeatureUsed] = "Used {0} on {1}",
        [EngagementReason.FeatureNotUsedYet] = "Has not used {0} {1}; the rule needs it",
        [EngagementReason.FeatureUnused] = "Has not used {0} {1}",
        [EngagementReason.FeatureAlreadyUsed] = "Already uses {0}: last on {1}",
        [EngagementReason.FirstSeenInRange] = "First active {0} days ago",
        [EngagementReason.FirstSeenOutOfRange] = "First active {0} days ago; needs {1} to {2} days",
        [EngagementReason.NeverSeen] = "Never active in the product yet; needs at least {0} days",
        [EngagementReason.MilestoneMatches] = "Milestone “{0}” is {1}",
        [EngagementReason.MilestoneMismatch] = "Milestone “{0}” is {1}, needs {2}",
        [EngagementReason.MilestoneMissing] = "The account's plan has no milestone “{0}”",
        [EngagementReason.AccountListed] = "The account is on the list",
        [EngagementReason.AccountNotListed] = "The account is not on the list",
        [EngagementReason.NotHeldOut] = "Not in the holdout ({0}% held out)",
        [EngagementReason.HeldOut] = "In holdout: {0}% of eligible users are not shown it, to measure lift",
        [EngagementReason.NotCompleted] = "Not completed",
        [EngagementReason.Completed] = "Completed on {0}",
        [EngagementReason.NotDismissed] = "Not dismissed",
        [EngagementReason.Dismissed] = "Dismissed on {0}",
        [EngagementReason.NotSnoozed] = "Not snoozed",
        [EngagementReason.Snoozed] = "Snoozed until {0}",
        [EngagementReason.FrequencyAllows] = "Frequency allows it ({0})",
        [EngagementReason.SeenOnce] = "Shown once already, on {0}",
        [EngagementReason.SeenRecently] = "Shown on {0}; next from {1}",
        [EngagementReason.WithinBudget] = "Within the attention budget",
        [EngagementReason.CriticalPasses] = "Over the attention budget ({0} of {1}), but critical: shown and counted",
        [EngagementReason.AlreadyCounted] = "Already shown today: counted once",
        [EngagementReason.BudgetInterrupting] = "Budget: {0} of {1} prompts already today; fits again {2}",
        [EngagementReason.BudgetAmbient] = "Budget: {0} of {1} banners and checklists already today; fits again {2}",
        [EngagementReason.BudgetAccount] = "Budget: the account had {0} of {1} prompts today; fits again {2}",
        [EngagementReason.BudgetSurveyWait] = "Budget: a survey in the last {0} days; fits again {1}",
        [EngagementReason.HighestPriority] = "Highest priority in its placement ({0})",
        [EngagementReason.Outranked] = "Another engagement wins “{0}”: {1}",
        [EngagementReason.SurveySampled] = "In the survey's sample ({0}% of people are asked)",
        [EngagementReason.SurveyNotSampled] = "Not in the survey's sample: {0}% of people are asked",
        [EngagementReason.SurveyOldEnough] = "First active {0} days ago; the survey needs {1}",
        [EngagementReason.SurveyTooNew] = "Too new: first active {0} days ago, the survey needs {1}",
        [EngagementReason.SurveyActiveEnough] = "Active on {0} of the last 30 days; the survey needs {1}",
        [EngagementReason.SurveyNotActiveEnough] = "Not active enough: {0} of the last 30 days, the survey needs {1}",
        [EngagementReason.SurveyNotAnswered] = "No answer this period or in the last {0} days",
        [EngagementReason.SurveyAnsweredThisPeriod] = "Answered this period, on {0}",
        [EngagementReason.SurveyResurveyWait] = "Answered on {0}; asked again from {1}",
        [EngagementReason.SurveyAccountOpen] = "Nobody at the account has answered this period",
        [EngagementReason.SurveyAccountAnswered] = "Someone at the account answered this period, on {0}",
        [EngagementReason.SurveyRoleTurn] = "It is the turn of role {0}",
        [EngagementReason.SurveyOtherRoleFirst] = "Role {0} is asked first (last answer: {1}); this person is {2}",
        [EngagementReason.SurveyAskLaterLeft] = "Asked to be asked later {0} of {1} times this period",
        [EngagementReason.SurveyAskLaterUsed] = "Asked to be asked later {0} times this period; at most {1}",
    };

    /// <summary>Every key the resx files must translate.</summary>
    public static IEnumerable<string> AllKeys => Texts.Values.Concat([Yet, InTheLastDays, AllStepsDone, UnknownUser]);

    /// <summary>
    /// The check in the current UI culture. <paramref name="featureNames"/> turns key-feature keys into
    /// their names; enums are named through <see cref="SharedResource"/>.
    /// </summary>
    public static string Describe(EngagementCheck check, IStringLocalizer<EngagementReasonText> texts, IStringLocalizer<SharedResource> shared,
        IReadOnlyDictionary<string, string>? featureNames = null)
    {
        var culture = CultureInfo.CurrentUICulture;
        var v = check.Values;
        string Value(object? value) => value switch
        {
            null => "∞",
            string s => s,
            Enum e => shared[$"{e.GetType().Name}.{e}"],
            DateTime d => d.TimeOfDay == TimeSpan.Zero || check.Stage != CheckStage.Budget
                ? d.ToString("M", culture)
                : d.ToString("g", culture) + " UTC",
            DateOnly d => d.ToString("M", culture),
            IEnumerable list => string.Join(" / ", list.Cast<object?>().Select(Value)),
            IFormattable f => f.ToString(null, culture),
            _ => value.ToString() ?? "",
        };
        string Feature(object? key) => key is string k && featureNames?.GetValueOrDefault(k) is { } name ? name : Value(key);
        string Period(object? days) => days is int d ? texts[InTheLastDays, d] : texts[Yet];

        object[] args = check.Reason switch
        {
            EngagementReason.FeatureUsed or EngagementReason.FeatureAlreadyUsed => [Feature(v[0]), Value(v[2])],
            EngagementReason.FeatureNotUsedYet or EngagementReason.FeatureUnused => [Feature(v[0]), Period(v[1])],
            EngagementReason.FirstSeenOutOfRange => [Value(v[0]), Value(v[1] ?? 0), Value(v[2])],
            EngagementReason.NeverSeen => [Value(v[0])],
            _ => v.Select(Value).ToArray(),
        };
        if (check.Reason == EngagementReason.Completed && v is [null])
        {
            return texts[AllStepsDone];
        }

        return texts[Texts[check.Reason], args];
    }
}
