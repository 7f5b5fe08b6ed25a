using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;
using static Adoption.Portal.Tests.Engagements.Given;

namespace Adoption.Portal.Tests.Engagements;

public sealed class TheStateRules
{
    [Fact]
    public void CompletedStaysHidden()
    {
        var decision = Evaluate(Banner(), state: State(s => s.CompletedAt = Now.AddDays(-3)));

        Assert.Equal(EngagementReason.Completed, decision.FirstFailure!.Reason);
    }

    [Fact]
    public void DismissedStaysHidden()
    {
        var decision = Evaluate(Banner(), state: State(s => s.DismissedAt = Now.AddDays(-30)));

        Assert.Equal(EngagementReason.Dismissed, decision.FirstFailure!.Reason);
    }

    [Fact]
    public void SnoozedHidesUntilTheMomentItEnds()
    {
        var until = Now.AddDays(3);
        var state = State(s => s.SnoozedUntil = until);

        var snoozed = Evaluate(Banner(), state: state);
        var justBefore = Evaluate(Banner(), state: state, now: until.AddSeconds(-1));
        var after = Evaluate(Banner(), state: state, now: until);

        Assert.Equal(new EngagementCheck(CheckStage.State, false, EngagementReason.Snoozed, until), snoozed.FirstFailure, CheckComparer.Instance);
        Assert.False(justBefore.Show);
        Assert.True(after.Show);
    }

    [Fact]
    public void OnceShowsAgainOnTheSameDayButNeverAfter()
    {
        var once = Banner(change: e => e.Frequency = EngagementFrequency.Once);
        var seenThisMorning = State(s => s.FirstSeenAt = s.LastSeenAt = Now.Date.AddHours(8));
        var seenYesterday = State(s => s.FirstSeenAt = s.LastSeenAt = Now.AddDays(-1));

        Assert.True(Evaluate(once, state: seenThisMorning).Show);
        Assert.Equal(EngagementReason.SeenOnce, Evaluate(once, state: seenYesterday).FirstFailure!.Reason);
        Assert.Equal(EngagementReason.SeenOnce, Evaluate(once, state: seenYesterday, now: Now.AddDays(300)).FirstFailure!.Reason);
    }

    [Fact]
    public void EveryNDaysWaitsNDaysFromTheLastTimeSeen()
    {
        var weekly = Banner(change: e => { e.Frequency = EngagementFrequency.EveryNDays; e.FrequencyDays = 7; });
        var lastSeen = Now.AddDays(-3);
        var state = State(s => s.FirstSeenAt = s.LastSeenAt = lastSeen);

        var decision = Evaluate(weekly, state: state);

        Assert.Equal(new EngagementCheck(CheckStage.State, false, EngagementReason.SeenRecently, lastSeen, lastSeen.AddDays(7)), decision.FirstFailure, CheckComparer.Instance);
        Assert.False(Evaluate(weekly, state: state, now: lastSeen.AddDays(7).AddMinutes(-1)).Show);
        Assert.True(Evaluate(weekly, state: state, now: lastSeen.AddDays(7)).Show);
    }

    [Fact]
    public void UntilCompletedKeepsShowingDayAfterDay()
    {
        var state = State(s => { s.FirstSeenAt = Now.AddDays(-20); s.LastSeenAt = Now.AddDays(-1); s.SeenCount = 20; });

        Assert.True(Evaluate(Banner(change: e => e.Frequency = EngagementFrequency.UntilCompleted), state: state).Show);
    }

    [Fact]
    public void AChecklistCompletesItselfWhenEveryStepIsDone()
    {
        var checklist = Banner(change: e =>
        {
            e.Kind = EngagementKind.Checklist;
            e.Steps = [new ChecklistStep { Key = "dash", FeatureKey = "dashboards" }, new ChecklistStep { Key = "rep", FeatureKey = "reports" }];
        });
        var halfDone = Anna(f => f with { FeaturesLastUsed = new Dictionary<string, DateOnly> { ["dashboards"] = Today } });

        Assert.Equal(EngagementReason.Completed, Evaluate(checklist).FirstFailure!.Reason);
        Assert.True(Evaluate(checklist, halfDone).Show);
        Assert.Equal([true, false], EngagementEvaluator.Steps(checklist, halfDone).Select(s => s.Done));
    }
}
