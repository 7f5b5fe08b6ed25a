using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Nps;

/// <summary>
/// The survey rules, as checks of the engine's one decision (so "why not shown" explains them too): who may be
/// asked (sample, age, activity) and whether now (answered this period, re-survey wait, the account's one answer a
/// period, whose role's turn it is, "ask me later"s left). The global wait between surveys is the attention budget's.
/// </summary>
public static class SurveyRules
{
    /// <summary>Rotation order when roles tie (never answered, say): the sponsor first, then champion, admin, user.</summary>
    public static readonly ContactRole[] RoleOrder = [ContactRole.ExecutiveSponsor, ContactRole.Champion, ContactRole.Admin, ContactRole.User];

    /// <summary>Stable per person and survey, independent of the holdout's bucket.</summary>
    public static bool Sampled(string surveyId, string userId, int percent) =>
        percent >= 100 || (percent > 0 && Holdout.Bucket("sample\n" + surveyId, userId) < percent * 100);

    /// <summary>Who may be asked: the targeting-stage checks.</summary>
    public static void CheckAudience(Engagement survey, UserFacts facts, SurveyFacts? known, DateTime now, List<EngagementCheck> checks)
    {
        var s = survey.Survey ?? new SurveySettings();
        var f = known ?? SurveyFacts.None;
        checks.Add(Sampled(survey.PublicId, facts.UserId, s.SamplePercent)
            ? new(CheckStage.Targeting, true, EngagementReason.SurveySampled, s.SamplePercent)
            : new(CheckStage.Targeting, false, EngagementReason.SurveyNotSampled, s.SamplePercent));
        if (s.MinDaysSinceFirstSeen > 0)
        {
            var age = facts.FirstSeen is { } first ? DateOnly.FromDateTime(now).DayNumber - first.DayNumber : (int?)null;
            checks.Add(age >= s.MinDaysSinceFirstSeen
                ? new(CheckStage.Targeting, true, EngagementReason.SurveyOldEnough, age, s.MinDaysSinceFirstSeen)
                : new(CheckStage.Targeting, false, EngagementReason.SurveyTooNew, age ?? 0, s.MinDaysSinceFirstSeen));
        }

        if (s.MinActiveDays > 0)
        {
            checks.Add(f.ActiveDaysLast30 >= s.MinActiveDays
                ? new(CheckStage.Targeting, true, EngagementReason.SurveyActiveEnough, f.ActiveDaysLast30, s.MinActiveDays)
                : new(CheckStage.Targeting, false, EngagementReason.SurveyNotActiveEnough, f.ActiveDaysLast30, s.MinActiveDays));
        }
    }

    /// <summary>Whether now: the state-stage checks.</summary>
    public static void CheckState(Engagement survey, UserFacts facts, SurveyFacts? known, DateTime now, List<EngagementCheck> checks)
    {
        var s = survey.Survey ?? new SurveySettings();
        var f = known ?? SurveyFacts.None;
        var period = NpsPeriod.Key(now, s.PeriodMonths);
        var mine = f.Answers.Where(a => a.EngagementId == survey.Id && a.Respondent == f.Respondent).ToList();
        var thisPeriod = mine.FirstOrDefault(a => a.Period == period);
        var last = mine.MaxBy(a => a.At);
        checks.Add(thisPeriod is not null ? new(CheckStage.State, false, EngagementReason.SurveyAnsweredThisPeriod, thisPeriod.At)
            : last is not null && last.At.AddDays(s.ResurveyDays) > now ? new(CheckStage.State, false, EngagementReason.SurveyResurveyWait, last.At, last.At.AddDays(s.ResurveyDays))
            : new(CheckStage.State, true, EngagementReason.SurveyNotAnswered, s.ResurveyDays));

        if (s.OneAnswerPerAccount)
        {
            var accountAnswer = f.Answers.Where(a => a.EngagementId == survey.Id && a.Period == period && a.Respondent != f.Respondent).MinBy(a => a.At);
            checks.Add(accountAnswer is null
                ? new(CheckStage.State, true, EngagementReason.SurveyAccountOpen)
                : new(CheckStage.State, false, EngagementReason.SurveyAccountAnswered, accountAnswer.At));
        }

        if (s.RotateRoles && NextRole(f.RoleLastAnswer) is { } next)
        {
            var role = facts.Role ?? ContactRole.User;
            checks.Add(role == next
                ? new(CheckStage.State, true, EngagementReason.SurveyRoleTurn, role)
                : new(CheckStage.State, false, EngagementReason.SurveyOtherRoleFirst, next, (object?)f.RoleLastAnswer[next] ?? "—", role));
        }

        if (s.AskLaterMax >= 0)
        {
            var start = DateOnly.FromDateTime(NpsPeriod.Start(now, s.PeriodMonths));
            var used = f.AskLater.GetValueOrDefault(survey.Id)?.Count(d => d >= start) ?? 0;
            checks.Add(used <= s.AskLaterMax
                ? new(CheckStage.State, true, EngagementReason.SurveyAskLaterLeft, used, s.AskLaterMax)
                : new(CheckStage.State, false, EngagementReason.SurveyAskLaterUsed, used, s.AskLaterMax));
        }
    }

    /// <summary>The role whose last answer is oldest (never answered first), ties in <see cref="RoleOrder"/>.</summary>
    public static ContactRole? NextRole(IReadOnlyDictionary<ContactRole, DateTime?> lastAnswer) =>
        lastAnswer.Count == 0 ? null
            : lastAnswer.OrderBy(r => r.Value ?? DateTime.MinValue).ThenBy(r => Array.IndexOf(RoleOrder, r.Key)).First().Key;
}
