using Adoption.Portal.Attention;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;
using static Adoption.Portal.Tests.Engagements.Given;

namespace Adoption.Portal.Tests.Engagements;

/// <summary>The budget stage runs the one attention budget (decision 0007) on the touch showing the engagement would make.</summary>
public sealed class TheBudgetCheck
{
    private static readonly AttentionSubject Subject = new(1, 10, "user-001-01");

    private static EngagementDecision Decide(Engagement engagement, params AttentionTouch[] touches) => Evaluate(engagement,
        attention: AttentionRules.Check(new AttentionLimits(), touches, EngagementEvaluator.AttentionRequestFor(engagement, Subject), Now));

    [Fact]
    public void RefusesASecondInterruptingPromptTodayAndSaysWhenItFits()
    {
        var modal = Banner("ngm_modal", e => e.Kind = EngagementKind.Modal);

        var decision = Decide(modal, Touch(AttentionClass.Interrupting, "nudge:ngm_other", hoursAgo: 4));

        Assert.Equal(new EngagementCheck(CheckStage.Budget, false, EngagementReason.BudgetInterrupting, 1, 1, Now.AddHours(20)), decision.FirstFailure, CheckComparer.Instance);
    }

    [Fact]
    public void CapsBannersSeparatelyFromPrompts()
    {
        var banner = Banner("ngm_banner");

        Assert.True(Decide(banner, Touch(AttentionClass.Interrupting, "nudge:ngm_modal", hoursAgo: 1)).Show);
        var full = Decide(banner, Touch(AttentionClass.Ambient, "nudge:a", 1), Touch(AttentionClass.Ambient, "nudge:b", 2), Touch(AttentionClass.Ambient, "nudge:c", 3));
        Assert.Equal(EngagementReason.BudgetAmbient, full.FirstFailure!.Reason);
    }

    [Fact]
    public void ShowsTheSamePromptAgainTheSameDayWithoutCountingItTwice()
    {
        var tooltip = Banner("ngm_tip", e => e.Kind = EngagementKind.Tooltip);

        var decision = Decide(tooltip, Touch(AttentionClass.Interrupting, "nudge:ngm_tip", hoursAgo: 2));

        Assert.True(decision.Show);
        Assert.Contains(decision.Checks, c => c.Reason == EngagementReason.AlreadyCounted);
    }

    [Fact]
    public void LetsACriticalPromptThroughAFullBudget()
    {
        var critical = Banner("ngm_crit", e => { e.Kind = EngagementKind.Modal; e.Critical = true; });

        var decision = Decide(critical, Touch(AttentionClass.Interrupting, "nudge:ngm_other", hoursAgo: 1));

        Assert.True(decision.Show);
        Assert.Contains(decision.Checks, c => c.Reason == EngagementReason.CriticalPasses);
    }

    [Fact]
    public void CountsASurveyAsAnInterruptingSurveyTouch()
    {
        var request = EngagementEvaluator.AttentionRequestFor(Banner("ngm_nps", e => e.Kind = EngagementKind.Survey), Subject);

        Assert.Equal((AttentionKind.Survey, AttentionClass.Interrupting, "survey:ngm_nps"), (request.Kind, request.Class, request.Source));
    }
}
