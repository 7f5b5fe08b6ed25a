using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;
using static Adoption.Portal.Tests.Engagements.Given;

namespace Adoption.Portal.Tests.Engagements;

public sealed class TheEvaluator
{
    [Fact]
    public void ShowsALiveEngagementWithoutRulesAndListsItsChecksInOrder()
    {
        var decision = Evaluate(Banner());

        Assert.True(decision.Show);
        Assert.Equal(
            [EngagementReason.Live, EngagementReason.InSchedule, EngagementReason.NotHeldOut, EngagementReason.NotCompleted,
             EngagementReason.NotDismissed, EngagementReason.NotSnoozed, EngagementReason.FrequencyAllows, EngagementReason.WithinBudget],
            decision.Checks.Select(c => c.Reason));
    }

    [Theory]
    [InlineData(EngagementStatus.Draft)]
    [InlineData(EngagementStatus.Paused)]
    [InlineData(EngagementStatus.Archived)]
    public void ShowsNothingThatIsNotLive(EngagementStatus status)
    {
        var decision = Evaluate(Banner(change: e => e.Status = status));

        Assert.False(decision.Show);
        Assert.Equal(new EngagementCheck(CheckStage.Status, false, EngagementReason.NotLive, status), decision.FirstFailure, CheckComparer.Instance);
    }

    [Fact]
    public void WaitsForTheScheduleToStartAndStopsWhenItEnds()
    {
        var start = Now.AddHours(1);
        var notYet = Evaluate(Banner(change: e => e.StartsAt = start));
        var started = Evaluate(Banner(change: e => e.StartsAt = start), now: start);
        var ended = Evaluate(Banner(change: e => e.EndsAt = Now), now: Now);

        Assert.Equal(EngagementReason.NotStarted, notYet.FirstFailure!.Reason);
        Assert.Equal(start, notYet.FirstFailure.Values[0]);
        Assert.True(started.Show);
        Assert.Equal(EngagementReason.Ended, ended.FirstFailure!.Reason);
    }

    [Fact]
    public void EvaluatesEveryCheckSoTheCsmSeesEverythingInTheWay()
    {
        var decision = Evaluate(Banner(change: e =>
        {
            e.Status = EngagementStatus.Paused;
            e.Targeting.Stages = [Domain.Accounts.LifecycleStage.Onboarding];
        }), state: State(s => s.DismissedAt = Now.AddDays(-1)));

        Assert.Equal([EngagementReason.NotLive, EngagementReason.StageMismatch, EngagementReason.Dismissed],
            decision.Checks.Where(c => !c.Passed).Select(c => c.Reason));
    }

    [Fact]
    public void MarksEligibilityBeforeHoldoutAndState()
    {
        var decision = Evaluate(Banner(), state: State(s => s.DismissedAt = Now));

        Assert.True(decision.Eligible);
        Assert.False(decision.Show);
    }

    [Fact]
    public void GivesOnePlacementToItsHighestPriorityAndNamesTheWinnerToTheOthers()
    {
        var low = Evaluate(Banner("ngm_low", e => { e.Priority = 10; e.Name = "Low"; }, rowId: 1));
        var high = Evaluate(Banner("ngm_high", e => { e.Priority = 90; e.Name = "High"; }, rowId: 2));
        var elsewhere = Evaluate(Banner("ngm_else", e => { e.Priority = 5; e.Placement = "reports"; }, rowId: 3));

        var chosen = EngagementEvaluator.Choose([low, high, elsewhere]);

        Assert.Equal([false, true, true], chosen.Select(d => d.Show));
        Assert.Equal(new EngagementCheck(CheckStage.Priority, false, EngagementReason.Outranked, "home", "High"), chosen[0].Checks[^1], CheckComparer.Instance);
        Assert.Equal(EngagementReason.HighestPriority, chosen[1].Checks[^1].Reason);
    }

    [Fact]
    public void BreaksAPriorityTieByTheOlderEngagement()
    {
        var chosen = EngagementEvaluator.Choose([Evaluate(Banner("ngm_b", rowId: 7)), Evaluate(Banner("ngm_a", rowId: 3))]);

        Assert.Equal(["ngm_a"], chosen.Where(d => d.Show).Select(d => d.Engagement.PublicId));
    }
}

/// <summary>Compares checks by value, their values included (records compare arrays by reference).</summary>
internal sealed class CheckComparer : IEqualityComparer<EngagementCheck?>
{
    public static readonly CheckComparer Instance = new();

    public bool Equals(EngagementCheck? x, EngagementCheck? y) =>
        x is not null && y is not null && x.Stage == y.Stage && x.Passed == y.Passed && x.Reason == y.Reason
        && x.Values.Select(Text).SequenceEqual(y.Values.Select(Text));

    public int GetHashCode(EngagementCheck? obj) => obj?.Reason.GetHashCode() ?? 0;

    private static string Text(object? value) => value is System.Collections.IEnumerable list and not string
        ? string.Join(",", list.Cast<object>())
        : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
