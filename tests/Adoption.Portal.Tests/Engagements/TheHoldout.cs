using Adoption.Portal.Engagements;
using static Adoption.Portal.Tests.Engagements.Given;

namespace Adoption.Portal.Tests.Engagements;

public sealed class TheHoldout
{
    [Fact]
    public void PutsTheSameUserInTheSameBucketEveryTime()
    {
        // A fixed value: a change of hash would silently reshuffle every running experiment.
        // SHA-256 of "ngm_nw0api\nuser-001-01", first four bytes big-endian, modulo 10,000.
        Assert.Equal(4058, Holdout.Bucket("ngm_nw0api", "user-001-01"));
        Assert.Equal(4058, Holdout.Bucket(new string("ngm_nw0api".ToCharArray()), "user-001-01"));
        Assert.False(Holdout.IsHeldOut("ngm_nw0api", "user-001-01", 40));
        Assert.True(Holdout.IsHeldOut("ngm_nw0api", "user-001-01", 41));
    }

    [Fact]
    public void HoldsOutCloseToThePercentageAndDifferentPeoplePerEngagement()
    {
        var users = Enumerable.Range(0, 10_000).Select(i => $"user-{i}").ToList();

        var a = users.Where(u => Holdout.IsHeldOut("ngm_a", u, 10)).ToHashSet();
        var b = users.Where(u => Holdout.IsHeldOut("ngm_b", u, 10)).ToHashSet();

        Assert.InRange(a.Count, 900, 1100);
        Assert.InRange(b.Count, 900, 1100);
        Assert.InRange(a.Intersect(b).Count(), 50, 150); // independent: about 10% of 10%
    }

    [Fact]
    public void GrowsTheHoldoutWithoutMovingAnyoneAlreadyHeldOut()
    {
        var users = Enumerable.Range(0, 2_000).Select(i => $"user-{i}").ToList();

        var ten = users.Where(u => Holdout.IsHeldOut("ngm_a", u, 10));

        Assert.All(ten, u => Assert.True(Holdout.IsHeldOut("ngm_a", u, 20)));
        Assert.DoesNotContain(users, u => Holdout.IsHeldOut("ngm_a", u, 0));
    }

    [Fact]
    public void HidesTheEngagementFromAHeldOutUserWhoStaysEligible()
    {
        var user = Enumerable.Range(0, 1_000).Select(i => $"user-{i}").First(u => Holdout.IsHeldOut("ngm_test01", u, 50));

        var decision = Evaluate(Banner(change: e => e.HoldoutPercent = 50), Anna(f => f with { UserId = user }));

        Assert.Equal(EngagementReason.HeldOut, decision.FirstFailure!.Reason);
        Assert.True(decision.Eligible);
        Assert.True(decision.HeldOut);
    }
}
