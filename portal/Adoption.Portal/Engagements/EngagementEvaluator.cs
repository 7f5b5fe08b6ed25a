using Adoption.Portal.Attention;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>
/// The decision as a pure function of the definition, the user's facts and state, the attention
/// verdict and the time: status and schedule → targeting → holdout → state → budget, then priority
/// among the candidates of a placement (<see cref="Choose"/>). The decide API, the preview and
/// "why not shown" all call it, so they cannot disagree. Every check runs, so a CSM sees all that
/// stands in the way, not only the first thing.
/// </summary>
public static class EngagementEvaluator
{
    public static EngagementDecision Evaluate(Engagement engagement, UserFacts facts, EngagementState? state, AttentionVerdict attention, DateTime now,
        Nps.SurveyFacts? survey = null)
    {
        var checks = new List<EngagementCheck>(16);
        checks.Add(engagement.Status == EngagementStatus.Live
            ? new(CheckStage.Status, true, EngagementReason.Live)
            : new(CheckStage.Status, false, EngagementReason.NotLive, engagement.Status));
        checks.Add(engagement.StartsAt is { } start && now < start ? new(CheckStage.Schedule, false, EngagementReason.NotStarted, start)
            : engagement.EndsAt is { } end && now >= end ? new(CheckStage.Schedule, false, EngagementReason.Ended, end)
            : new(CheckStage.Schedule, true, EngagementReason.InSchedule));
        TargetingRules.Check(engagement.Targeting, facts, DateOnly.FromDateTime(now), checks);
        if (engagement.Kind == EngagementKind.Survey)
        {
            Nps.SurveyRules.CheckAudience(engagement, facts, survey, now, checks);
        }

        checks.Add(Holdout.IsHeldOut(engagement.PublicId, facts.UserId, engagement.HoldoutPercent)
            ? new(CheckStage.Holdout, false, EngagementReason.HeldOut, engagement.HoldoutPercent)
            : new(CheckStage.Holdout, true, EngagementReason.NotHeldOut, engagement.HoldoutPercent));
        CheckState(engagement, facts, state, now, checks);
        if (engagement.Kind == EngagementKind.Survey)
        {
            Nps.SurveyRules.CheckState(engagement, facts, survey, now, checks);
        }

        checks.Add(Budget(attention));
        return new EngagementDecision(engagement, checks);
    }

    /// <summary>
    /// One winner per placement: the highest priority (then the oldest engagement) among those whose
    /// checks all passed; the others are marked outranked. Decisions keep their order otherwise.
    /// </summary>
    public static IReadOnlyList<EngagementDecision> Choose(IReadOnlyList<EngagementDecision> decisions)
    {
        var winners = decisions.Where(d => d.Show)
            .GroupBy(d => d.Engagement.Placement, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.Engagement.Priority).ThenBy(d => d.Engagement.Id).First(), StringComparer.Ordinal);
        return decisions.Select(d =>
        {
            if (!d.Show)
            {
                return d;
            }

            var winner = winners[d.Engagement.Placement];
            var check = ReferenceEquals(winner, d)
                ? new EngagementCheck(CheckStage.Priority, true, EngagementReason.HighestPriority, d.Engagement.Priority)
                : new EngagementCheck(CheckStage.Priority, false, EngagementReason.Outranked, d.Engagement.Placement, winner.Engagement.Name);
            return d with { Checks = [.. d.Checks, check] };
        }).ToList();
    }

    /// <summary>The touch showing <paramref name="engagement"/> would make, for the attention budget.</summary>
    public static AttentionRequest AttentionRequestFor(Engagement engagement, AttentionSubject subject) => new(
        subject,
        engagement.Kind == EngagementKind.Survey ? AttentionKind.Survey : AttentionKind.Nudge,
        engagement.Kind is EngagementKind.Banner or EngagementKind.Checklist ? AttentionClass.Ambient : AttentionClass.Interrupting,
        engagement.Critical ? AttentionPriority.Critical : AttentionPriority.Normal,
        Source(engagement));

    /// <summary>The attention touch source of an engagement, e.g. <c>nudge:ngm_8f2k3j</c>.</summary>
    public static string Source(Engagement engagement) =>
        (engagement.Kind == EngagementKind.Survey ? "survey:" : "nudge:") + engagement.PublicId;

    /// <summary>Steps of a checklist and whether the user has done each (used its feature, or tracked its event).</summary>
    public static IEnumerable<(ChecklistStep Step, bool Done)> Steps(Engagement engagement, UserFacts facts) =>
        engagement.Steps.Select(s => (s, s.FeatureKey is { } key ? facts.FeaturesLastUsed.ContainsKey(key) : s.Event is { } name && facts.EventsTracked.Contains(name)));

    private static void CheckState(Engagement engagement, UserFacts facts, EngagementState? state, DateTime now, List<EngagementCheck> checks)
    {
        var allStepsDone = engagement.Kind == EngagementKind.Checklist && engagement.Steps.Count > 0 && Steps(engagement, facts).All(s => s.Done);
        checks.Add(state?.CompletedAt is { } completed ? new(CheckStage.State, false, EngagementReason.Completed, completed)
            : allStepsDone ? new(CheckStage.State, false, EngagementReason.Completed, (DateTime?)null)
            : new(CheckStage.State, true, EngagementReason.NotCompleted));
        checks.Add(state?.DismissedAt is { } dismissed
            ? new(CheckStage.State, false, EngagementReason.Dismissed, dismissed)
            : new(CheckStage.State, true, EngagementReason.NotDismissed));
        checks.Add(state?.SnoozedUntil is { } until && until > now
            ? new(CheckStage.State, false, EngagementReason.Snoozed, until)
            : new(CheckStage.State, true, EngagementReason.NotSnoozed));
        checks.Add(Frequency(engagement, state, now));
    }

    // A page view later on the day it was first shown shows it again: the person has not had a new day of it.
    private static EngagementCheck Frequency(Engagement engagement, EngagementState? state, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        if (engagement.Frequency == EngagementFrequency.Once && state?.FirstSeenAt is { } first && DateOnly.FromDateTime(first) < today)
        {
            return new(CheckStage.State, false, EngagementReason.SeenOnce, first);
        }

        if (engagement.Frequency == EngagementFrequency.EveryNDays && state?.LastSeenAt is { } last
            && DateOnly.FromDateTime(last) < today && last.AddDays(engagement.FrequencyDays) > now)
        {
            return new(CheckStage.State, false, EngagementReason.SeenRecently, last, last.AddDays(engagement.FrequencyDays));
        }

        return new(CheckStage.State, true, EngagementReason.FrequencyAllows, engagement.Frequency);
    }

    private static EngagementCheck Budget(AttentionVerdict verdict) => verdict.Reason switch
    {
        AttentionReason.WithinBudget => new(CheckStage.Budget, true, EngagementReason.WithinBudget),
        AttentionReason.CriticalPasses => new(CheckStage.Budget, true, EngagementReason.CriticalPasses, verdict.Used, verdict.Limit),
        AttentionReason.AlreadyCounted => new(CheckStage.Budget, true, EngagementReason.AlreadyCounted),
        AttentionReason.PersonInterruptingToday => new(CheckStage.Budget, false, EngagementReason.BudgetInterrupting, verdict.Used, verdict.Limit, verdict.NextAllowedAt),
        AttentionReason.AccountInterruptingToday => new(CheckStage.Budget, false, EngagementReason.BudgetAccount, verdict.Used, verdict.Limit, verdict.NextAllowedAt),
        AttentionReason.SurveyWait => new(CheckStage.Budget, false, EngagementReason.BudgetSurveyWait, verdict.Limit, verdict.NextAllowedAt),
        _ => new(CheckStage.Budget, verdict.Allowed, EngagementReason.BudgetAmbient, verdict.Used, verdict.Limit, verdict.NextAllowedAt),
    };
}
