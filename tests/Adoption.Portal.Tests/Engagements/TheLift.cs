using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Engagements;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Engagements;

public sealed class TheLift(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void MatchesTheWorkedExample()
    {
        // 200 shown, 60 used the goal (30%); 100 held out, 20 did (20%). Difference 10 points;
        // standard error √(0.3·0.7/200 + 0.2·0.8/100) = √0.00265 = 0.051478; ±1.96 × that = ±0.100895.
        var lift = LiftCalculator.Compute(new LiftGroup(200, 60), new LiftGroup(100, 20));

        Assert.Equal(0.10, lift.Difference!.Value, 6);
        Assert.Equal(-0.000895, lift.Low!.Value, 5);
        Assert.Equal(0.200895, lift.High!.Value, 5);
    }

    [Theory]
    [InlineData(29, 1000)]
    [InlineData(1000, 29)]
    public void SaysNotEnoughDataBelowTheMinimumInEitherGroup(int shown, int heldOut)
    {
        var lift = LiftCalculator.Compute(new LiftGroup(shown, shown / 2), new LiftGroup(heldOut, heldOut / 3));

        Assert.False(lift.EnoughData);
        Assert.Equal((shown, heldOut), (lift.Shown.Users, lift.HeldOut.Users));
    }

    [Fact]
    public async Task CountsGoalUseWithinTheWindowFromFirstEligibilityOnly()
    {
        var engagement = await portal.AddEngagementAsync(e => { e.GoalFeatureId = 1; e.GoalWindowDays = 14; });
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var eligible = now.AddDays(-20);
        await using (var db = portal.CreateDb())
        {
            var accountId = await db.Accounts.Where(a => a.ExternalId == "acct-002").Select(a => a.Id).SingleAsync();
            for (var i = 0; i < 90; i++)
            {
                var user = $"lift-{engagement.PublicId}-{i}";
                var heldOut = i >= 60;
                db.EngagementStates.Add(new EngagementState { EngagementId = engagement.Id, UserId = user, AccountId = accountId, FirstEligibleAt = eligible, HeldOut = heldOut });
                // Shown: 30 of 60 use the goal on day 3; held out: 10 of 30. Use on day 15 is outside the window.
                var day = (heldOut ? i < 70 : i < 30) ? 3 : 15;
                db.UserFeatureDays.Add(new UserFeatureDay { AccountId = accountId, UserKey = user, FeatureId = 1, Day = DateOnly.FromDateTime(eligible).AddDays(day), Events = 1 });
            }

            // Eligible only 5 days ago: the window has not passed, so not counted yet.
            db.EngagementStates.Add(new EngagementState { EngagementId = engagement.Id, UserId = "lift-late", AccountId = accountId, FirstEligibleAt = now.AddDays(-5) });
            await db.SaveChangesAsync();
        }

        await using var read = portal.CreateDb();
        var lift = await LiftCalculator.ForAsync(read, engagement, now);

        Assert.Equal((new LiftGroup(60, 30), new LiftGroup(30, 10)), (lift!.Shown, lift.HeldOut));
        Assert.Equal(0.5 - 1.0 / 3, lift.Difference!.Value, 6);
    }
}
