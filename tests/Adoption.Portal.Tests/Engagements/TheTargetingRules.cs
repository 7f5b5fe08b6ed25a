using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Engagements;
using static Adoption.Portal.Tests.Engagements.Given;

namespace Adoption.Portal.Tests.Engagements;

public sealed class TheTargetingRules
{
    private static EngagementCheck Only(Action<Targeting> rule, UserFacts? facts = null)
    {
        var decision = Evaluate(Banner(change: e => rule(e.Targeting)), facts);
        return Assert.Single(decision.Checks, c => c.Stage == CheckStage.Targeting);
    }

    [Fact]
    public void SegmentNamesTheActualAndTheWanted()
    {
        Assert.True(Only(t => t.Segments = [Segment.Enterprise, Segment.MidMarket]).Passed);
        var check = Only(t => t.Segments = [Segment.Smb]);
        Assert.Equal(new EngagementCheck(CheckStage.Targeting, false, EngagementReason.SegmentMismatch, Segment.Enterprise, new[] { Segment.Smb }), check, CheckComparer.Instance);
    }

    [Fact]
    public void StageMustBeOneOfTheListed()
    {
        Assert.Equal(EngagementReason.StageMatches, Only(t => t.Stages = [LifecycleStage.Value]).Reason);
        var check = Only(t => t.Stages = [LifecycleStage.Onboarding]);
        Assert.Equal(new EngagementCheck(CheckStage.Targeting, false, EngagementReason.StageMismatch, LifecycleStage.Value, new[] { LifecycleStage.Onboarding }), check, CheckComparer.Instance);
    }

    [Fact]
    public void CoverageMustBeOneOfTheListed()
    {
        Assert.True(Only(t => t.Coverages = [Coverage.Named]).Passed);
        Assert.Equal(EngagementReason.CoverageMismatch, Only(t => t.Coverages = [Coverage.TechTouch]).Reason);
    }

    [Fact]
    public void RoleNeedsAKnownContact()
    {
        Assert.True(Only(t => t.Roles = [ContactRole.Champion]).Passed);
        Assert.Equal(EngagementReason.RoleMismatch, Only(t => t.Roles = [ContactRole.Admin]).Reason);
        Assert.Equal(EngagementReason.RoleUnknown, Only(t => t.Roles = [ContactRole.Champion], Anna(f => f with { Role = null, ContactId = null })).Reason);
    }

    [Theory]
    [InlineData(AccountTrait.Industry, TraitOperator.Equals, "logistics", true)]
    [InlineData(AccountTrait.Industry, TraitOperator.NotEquals, "Logistics", false)]
    [InlineData(AccountTrait.Employees, TraitOperator.AtLeast, "4200", true)]
    [InlineData(AccountTrait.Employees, TraitOperator.AtLeast, "4201", false)]
    [InlineData(AccountTrait.LicensedSeats, TraitOperator.AtMost, "350", true)]
    [InlineData(AccountTrait.Arr, TraitOperator.AtMost, "100000", false)]
    [InlineData(AccountTrait.Plan, TraitOperator.Equals, "Starter", false)]
    public void TraitComparesTextCaseInsensitivelyAndNumbersAsNumbers(AccountTrait trait, TraitOperator op, string value, bool holds)
    {
        var check = Only(t => t.Traits = [new TraitRule { Trait = trait, Operator = op, Value = value }]);

        Assert.Equal(holds, check.Passed);
        Assert.Equal(holds ? EngagementReason.TraitMatches : EngagementReason.TraitMismatch, check.Reason);
    }

    [Fact]
    public void FeatureRuleSeesUseEverOrWithinTheWindow()
    {
        Assert.Equal(EngagementReason.FeatureUsed, Only(t => t.Features = [new FeatureRule { FeatureKey = "reports", Used = true }]).Reason);
        // Reports were last used 45 days ago: not within 30.
        Assert.Equal(EngagementReason.FeatureNotUsedYet, Only(t => t.Features = [new FeatureRule { FeatureKey = "reports", Used = true, WithinDays = 30 }]).Reason);
        Assert.Equal(EngagementReason.FeatureUnused, Only(t => t.Features = [new FeatureRule { FeatureKey = "reports", Used = false, WithinDays = 30 }]).Reason);
        Assert.Equal(EngagementReason.FeatureUnused, Only(t => t.Features = [new FeatureRule { FeatureKey = "api", Used = false }]).Reason);
        var already = Only(t => t.Features = [new FeatureRule { FeatureKey = "dashboards", Used = false }]);
        Assert.Equal(new EngagementCheck(CheckStage.Targeting, false, EngagementReason.FeatureAlreadyUsed, "dashboards", null, Today.AddDays(-1)), already, CheckComparer.Instance);
    }

    [Fact]
    public void DaysSinceFirstSeenCountsWholeDaysAndTreatsNeverSeenAsZero()
    {
        Assert.True(Only(t => t.MinDaysSinceFirstSeen = 400).Passed);
        Assert.False(Only(t => t.MinDaysSinceFirstSeen = 401).Passed);
        Assert.False(Only(t => t.MaxDaysSinceFirstSeen = 30).Passed);
        var newcomer = Anna(f => f with { FirstSeen = null });
        Assert.True(Only(t => t.MaxDaysSinceFirstSeen = 7, newcomer).Passed);
        Assert.Equal(EngagementReason.NeverSeen, Only(t => t.MinDaysSinceFirstSeen = 1, newcomer).Reason);
    }

    [Fact]
    public void MilestoneRuleReadsTheAccountsPlanByTitle()
    {
        Assert.True(Only(t => t.Milestones = [new MilestoneRule { Title = "Import your data", Statuses = [MilestoneStatus.Done] }]).Passed);
        Assert.Equal(EngagementReason.MilestoneMismatch, Only(t => t.Milestones = [new MilestoneRule { Title = "Go live", Statuses = [MilestoneStatus.Done] }]).Reason);
        Assert.Equal(EngagementReason.MilestoneMissing, Only(t => t.Milestones = [new MilestoneRule { Title = "Renewal call", Statuses = [MilestoneStatus.Done] }]).Reason);
    }

    [Fact]
    public void ExplicitAccountsLimitItToThoseAccounts()
    {
        Assert.Equal(EngagementReason.AccountListed, Only(t => t.Accounts = [1, 5]).Reason);
        Assert.Equal(EngagementReason.AccountNotListed, Only(t => t.Accounts = [2]).Reason);
    }

    [Fact]
    public void RequiresEveryRuleThatIsSet()
    {
        var decision = Evaluate(Banner(change: e =>
        {
            e.Targeting.Segments = [Segment.Enterprise];
            e.Targeting.Roles = [ContactRole.Admin];
        }));

        Assert.False(decision.Show);
        Assert.Equal([true, false], decision.Checks.Where(c => c.Stage == CheckStage.Targeting).Select(c => c.Passed));
    }
}
