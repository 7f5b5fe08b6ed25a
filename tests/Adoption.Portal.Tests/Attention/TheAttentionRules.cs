using Adoption.Portal.Attention;
using Adoption.Portal.Domain.Attention;

namespace Adoption.Portal.Tests.Attention;

public sealed class TheAttentionRules
{
    private static readonly DateTime Now = new(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc);
    private static readonly AttentionSubject Anna = new(1, 10, "u-anna");
    private static readonly AttentionLimits Limits = new();

    [Fact]
    public void AllowsTheFirstPromptOfTheDay()
    {
        var verdict = Check([], Prompt(Anna));

        Assert.Equal(new AttentionVerdict(true, AttentionReason.WithinBudget, 0, 0, null), verdict);
    }

    [Fact]
    public void RefusesASecondInterruptingPromptWithinADayAndSaysWhenItFits()
    {
        var verdict = Check([Touch(Anna, AttentionKind.Nudge, AttentionClass.Interrupting, "nudge:1", hoursAgo: 5)], Prompt(Anna, "nudge:2"));

        Assert.Equal(new AttentionVerdict(false, AttentionReason.PersonInterruptingToday, 1, 1, Now.AddHours(19)), verdict);
    }

    [Fact]
    public void ForgetsAPromptAfterTwentyFourHours()
    {
        var verdict = Check([Touch(Anna, AttentionKind.Nudge, AttentionClass.Interrupting, "nudge:1", hoursAgo: 25)], Prompt(Anna, "nudge:2"));

        Assert.True(verdict.Allowed);
    }

    [Fact]
    public void CountsTheSamePromptShownAgainTheSameDayOnce()
    {
        var verdict = Check([Touch(Anna, AttentionKind.Nudge, AttentionClass.Interrupting, "nudge:1", hoursAgo: 2)], Prompt(Anna, "nudge:1"));

        Assert.Equal(AttentionReason.AlreadyCounted, verdict.Reason);
        Assert.True(verdict.Allowed);
    }

    [Fact]
    public void KnowsThePersonByContactWhenTheHostUserIdIsUnknown()
    {
        var byEmail = new AttentionSubject(1, 10, null);

        var verdict = Check([Touch(Anna, AttentionKind.Survey, AttentionClass.Interrupting, "survey:1", hoursAgo: 1)], Prompt(byEmail, "nudge:2"));

        Assert.Equal(AttentionReason.PersonInterruptingToday, verdict.Reason);
    }

    [Fact]
    public void DoesNotCountAColleaguesPrompts()
    {
        var ben = new AttentionSubject(1, 11, "u-ben");

        var verdict = Check([Touch(ben, AttentionKind.Nudge, AttentionClass.Interrupting, "nudge:1", hoursAgo: 1)], Prompt(Anna, "nudge:2"));

        Assert.True(verdict.Allowed);
    }

    [Fact]
    public void CapsBannersSeparatelyFromPrompts()
    {
        var touches = new[]
        {
            Touch(Anna, AttentionKind.Nudge, AttentionClass.Interrupting, "nudge:1", hoursAgo: 1),
            Touch(Anna, AttentionKind.Nudge, AttentionClass.Ambient, "nudge:2", hoursAgo: 3),
            Touch(Anna, AttentionKind.Nudge, AttentionClass.Ambient, "nudge:3", hoursAgo: 2),
        };

        Assert.True(Check(touches, Banner(Anna, "nudge:4")).Allowed);
        Assert.Equal(
            new AttentionVerdict(false, AttentionReason.PersonAmbientToday, 3, 3, Now.AddHours(21)),
            Check([.. touches, Touch(Anna, AttentionKind.Nudge, AttentionClass.Ambient, "nudge:4", hoursAgo: 1)], Banner(Anna, "nudge:5")));
    }

    [Fact]
    public void LetsACriticalPromptPastAFullBudgetAndSaysSo()
    {
        var request = Prompt(Anna, "nudge:2") with { Priority = AttentionPriority.Critical };

        var verdict = Check([Touch(Anna, AttentionKind.Nudge, AttentionClass.Interrupting, "nudge:1", hoursAgo: 1)], request);

        Assert.Equal(new AttentionVerdict(true, AttentionReason.CriticalPasses, 1, 1, null), verdict);
    }

    [Fact]
    public void CapsEmailsPerWeekCountingEachOne()
    {
        var touches = Enumerable.Range(1, 3).Select(d => Touch(Anna, AttentionKind.Email, AttentionClass.Email, "email:weekly-digest", hoursAgo: d * 24)).ToArray();

        var verdict = Check(touches, new AttentionRequest(Anna, AttentionKind.Email, AttentionClass.Email, Source: "email:renewal"));

        Assert.Equal(new AttentionVerdict(false, AttentionReason.PersonEmailsThisWeek, 3, 3, Now.AddDays(4)), verdict);
    }

    [Fact]
    public void WaitsBetweenSurveysWhateverTheirChannel()
    {
        var emailed = Touch(Anna, AttentionKind.Survey, AttentionClass.Email, "survey:1", hoursAgo: 10 * 24);

        var verdict = Check([emailed], new AttentionRequest(Anna, AttentionKind.Survey, AttentionClass.Interrupting, Source: "survey:2"));

        Assert.Equal(new AttentionVerdict(false, AttentionReason.SurveyWait, 1, 30, Now.AddDays(20)), verdict);
    }

    [Fact]
    public void CapsPromptsAcrossAnAccountsPeople()
    {
        var limits = new AttentionLimits { InterruptingPerAccountPerDay = 2 };
        var touches = new[]
        {
            Touch(new AttentionSubject(1, 11, "u-ben"), AttentionKind.Nudge, AttentionClass.Interrupting, "nudge:1", hoursAgo: 3),
            Touch(new AttentionSubject(1, 12, "u-cid"), AttentionKind.Nudge, AttentionClass.Interrupting, "nudge:1", hoursAgo: 2),
        };

        var verdict = AttentionRules.Check(limits, touches, Prompt(Anna, "nudge:1"), Now);

        Assert.Equal(new AttentionVerdict(false, AttentionReason.AccountInterruptingToday, 2, 2, Now.AddHours(21)), verdict);
    }

    [Fact]
    public void RefusesEverythingOfAClassWhoseLimitIsZero()
    {
        var verdict = AttentionRules.Check(new AttentionLimits { AmbientPerUserPerDay = 0 }, [], Banner(Anna, "nudge:1"), Now);

        Assert.Equal(new AttentionVerdict(false, AttentionReason.PersonAmbientToday, 0, 0, null), verdict);
    }

    private static AttentionVerdict Check(IReadOnlyCollection<AttentionTouch> touches, AttentionRequest request) =>
        AttentionRules.Check(Limits, touches, request, Now);

    private static AttentionRequest Prompt(AttentionSubject subject, string source = "nudge:1") =>
        new(subject, AttentionKind.Nudge, AttentionClass.Interrupting, Source: source);

    private static AttentionRequest Banner(AttentionSubject subject, string source) =>
        new(subject, AttentionKind.Nudge, AttentionClass.Ambient, Source: source);

    private static AttentionTouch Touch(AttentionSubject subject, AttentionKind kind, AttentionClass @class, string source, int hoursAgo) => new()
    {
        AccountId = subject.AccountId, ContactId = subject.ContactId, UserId = subject.UserId,
        Kind = kind, Class = @class, Source = source, At = Now.AddHours(-hoursAgo),
    };
}
