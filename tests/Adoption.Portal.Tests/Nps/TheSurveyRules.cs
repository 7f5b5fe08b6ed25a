using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;
using Adoption.Portal.Engagements;
using Adoption.Portal.Nps;
using Adoption.Portal.Tests.Engagements;

namespace Adoption.Portal.Tests.Nps;

/// <summary>Each survey rule, through the engine's one evaluator, at a fixed "now".</summary>
public sealed class TheSurveyRules
{
    private static readonly DateTime Now = Given.Now;

    internal static Engagement Survey(Action<SurveySettings>? change = null, int id = 7)
    {
        var settings = new SurveySettings { ResurveyDays = 90, PeriodMonths = 3, OneAnswerPerAccount = true, AskLaterMax = 2, AskLaterDays = 3 };
        change?.Invoke(settings);
        return new Engagement
        {
            Id = id, PublicId = "nps_test07", Name = "NPS", Kind = EngagementKind.Survey, Status = EngagementStatus.Live, Placement = "home",
            Frequency = EngagementFrequency.UntilCompleted, Survey = settings, Content = [new EngagementContent { Locale = "en", Title = "Recommend us?" }],
        };
    }

    private static SurveyFacts Facts(
        int activeDays = 10, IReadOnlyList<SurveyAnswerFact>? answers = null, IReadOnlyDictionary<ContactRole, DateTime?>? roles = null, IReadOnlyList<DateOnly>? askLater = null) =>
        new("c:10", activeDays, answers ?? [], roles ?? new Dictionary<ContactRole, DateTime?>(),
            new Dictionary<int, IReadOnlyList<DateOnly>> { [7] = askLater ?? [] });

    private static EngagementDecision Decide(Engagement survey, SurveyFacts facts, UserFacts? user = null, DateTime? now = null) =>
        EngagementEvaluator.Evaluate(survey, user ?? Given.Anna(), null, Given.Allowed, now ?? Now, facts);

    private static EngagementReason? Failure(EngagementDecision d) => d.FirstFailure?.Reason;

    [Fact]
    public void ShowsADueSurveyWithEverySurveyCheckPassed()
    {
        var decision = Decide(Survey(), Facts());

        Assert.True(decision.Show);
        Assert.Contains(decision.Checks, c => c.Reason == EngagementReason.SurveySampled);
        Assert.Contains(decision.Checks, c => c.Reason == EngagementReason.SurveyNotAnswered);
        Assert.Contains(decision.Checks, c => c.Reason == EngagementReason.SurveyAccountOpen);
    }

    [Fact]
    public void SamplesAStableShareOfPeople()
    {
        var users = Enumerable.Range(0, 2000).Select(i => $"user-{i}").ToList();
        var asked = users.Where(u => SurveyRules.Sampled("nps_test07", u, 25)).ToList();

        // Deterministic: the same people every time, and about a quarter of them.
        Assert.Equal(asked, users.Where(u => SurveyRules.Sampled("nps_test07", u, 25)));
        Assert.InRange(asked.Count, 420, 580);
        // Growing the sample keeps everyone already in it.
        Assert.All(asked, u => Assert.True(SurveyRules.Sampled("nps_test07", u, 50)));
        Assert.All(users, u => Assert.True(SurveyRules.Sampled("nps_test07", u, 100)));
        var outside = users.First(u => !SurveyRules.Sampled("nps_test07", u, 25));
        Assert.Equal(EngagementReason.SurveyNotSampled, Failure(Decide(Survey(s => s.SamplePercent = 25), Facts(), Given.Anna(f => f with { UserId = outside }))));
    }

    [Fact]
    public void WaitsForNewPeopleAndNeedsActivity()
    {
        var newcomer = Given.Anna(f => f with { FirstSeen = Given.Today.AddDays(-5) });

        Assert.Equal(EngagementReason.SurveyTooNew, Failure(Decide(Survey(s => s.MinDaysSinceFirstSeen = 30), Facts(), newcomer)));
        Assert.True(Decide(Survey(s => s.MinDaysSinceFirstSeen = 5), Facts(), newcomer).Show);
        Assert.Equal(EngagementReason.SurveyTooNew, Failure(Decide(Survey(s => s.MinDaysSinceFirstSeen = 1), Facts(), Given.Anna(f => f with { FirstSeen = null }))));
        Assert.Equal(EngagementReason.SurveyNotActiveEnough, Failure(Decide(Survey(s => s.MinActiveDays = 4), Facts(activeDays: 3))));
        Assert.True(Decide(Survey(s => s.MinActiveDays = 4), Facts(activeDays: 4)).Show);
    }

    [Fact]
    public void AsksOncePerPeriodAndWaitsTheResurveyDaysAfterAnAnswer()
    {
        var survey = Survey(s => s.ResurveyDays = 60);
        // Answered on 20 November: the same quarter (October–December).
        var thisQuarter = new SurveyAnswerFact(7, "c:10", "2026-10", Now.AddDays(-12));
        Assert.Equal(EngagementReason.SurveyAnsweredThisPeriod, Failure(Decide(survey, Facts(answers: [thisQuarter]))));

        // Answered on 30 September (last quarter): the 60-day wait runs until 29 November...
        var lastQuarter = new SurveyAnswerFact(7, "c:10", "2026-07", new DateTime(2026, 9, 30, 12, 0, 0, DateTimeKind.Utc));
        var waiting = Decide(survey, Facts(answers: [lastQuarter]), now: new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc));
        Assert.Equal(EngagementReason.SurveyResurveyWait, Failure(waiting));
        // ...and then it is due again.
        Assert.True(Decide(survey, Facts(answers: [lastQuarter]), now: new DateTime(2026, 11, 29, 12, 0, 1, DateTimeKind.Utc)).Show);
        // Another survey's answer does not count for this one.
        Assert.True(Decide(survey, Facts(answers: [thisQuarter with { EngagementId = 8 }])).Show);
    }

    [Fact]
    public void TakesOneAnswerPerAccountAndPeriodWhenAsked()
    {
        var colleague = new SurveyAnswerFact(7, "c:11", "2026-10", Now.AddDays(-3));

        Assert.Equal(EngagementReason.SurveyAccountAnswered, Failure(Decide(Survey(), Facts(answers: [colleague]))));
        Assert.True(Decide(Survey(s => s.OneAnswerPerAccount = false), Facts(answers: [colleague])).Show);
        Assert.True(Decide(Survey(), Facts(answers: [colleague with { Period = "2026-07" }])).Show);
    }

    [Fact]
    public void RotatesAcrossRolesOldestLastAnswerFirst()
    {
        var roles = new Dictionary<ContactRole, DateTime?>
        {
            [ContactRole.Champion] = Now.AddDays(-200), [ContactRole.ExecutiveSponsor] = Now.AddDays(-20), [ContactRole.User] = Now.AddDays(-100),
        };
        var survey = Survey(s => s.RotateRoles = true);

        Assert.Equal(ContactRole.Champion, SurveyRules.NextRole(roles));
        Assert.True(Decide(survey, Facts(roles: roles)).Show);
        var user = Given.Anna(f => f with { Role = ContactRole.User });
        var decision = Decide(survey, Facts(roles: roles), user);
        Assert.Equal(EngagementReason.SurveyOtherRoleFirst, Failure(decision));
        Assert.Equal(ContactRole.Champion, decision.FirstFailure!.Values[0]);

        // A role that never answered goes first; ties go sponsor, champion, admin, user.
        var withAdmin = new Dictionary<ContactRole, DateTime?>(roles) { [ContactRole.Admin] = null };
        Assert.Equal(ContactRole.Admin, SurveyRules.NextRole(withAdmin));
        Assert.Equal(ContactRole.ExecutiveSponsor, SurveyRules.NextRole(new Dictionary<ContactRole, DateTime?> { [ContactRole.User] = null, [ContactRole.ExecutiveSponsor] = null }));
        // Without rotation, anyone.
        Assert.True(Decide(Survey(), Facts(roles: roles), user).Show);
    }

    [Fact]
    public void LetsPeopleAskForLaterAtMostKTimesAPeriod()
    {
        var survey = Survey(s => s.AskLaterMax = 2);

        Assert.True(Decide(survey, Facts(askLater: [Given.Today.AddDays(-10), Given.Today.AddDays(-5)])).Show);
        Assert.Equal(EngagementReason.SurveyAskLaterUsed,
            Failure(Decide(survey, Facts(askLater: [Given.Today.AddDays(-10), Given.Today.AddDays(-5), Given.Today.AddDays(-1)]))));
        // Last quarter's do not count.
        Assert.True(Decide(survey, Facts(askLater: [new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 10), new DateOnly(2026, 9, 20)])).Show);
    }

    [Fact]
    public void NamesEverySurveyReasonInFourLanguages()
    {
        var reasons = Enum.GetValues<EngagementReason>().Where(r => r.ToString().StartsWith("Survey", StringComparison.Ordinal));
        Assert.All(reasons, r => Assert.True(EngagementReasonText.Texts.ContainsKey(r), r.ToString()));
    }
}
