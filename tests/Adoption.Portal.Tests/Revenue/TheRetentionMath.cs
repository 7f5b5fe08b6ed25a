using Adoption.Portal.Revenue;

namespace Adoption.Portal.Tests.Revenue;

/// <summary>The worked examples of docs/revenue.md, figure by figure.</summary>
public sealed class TheRetentionMath
{
    [Fact]
    public void GivesTheSeedsHundredCustomersAMillionToOnePointTwoMillionAsNrrOf120Percent()
    {
        // 100 customers at $10,000 each: 5 churn, 10 contract by $2,000, 40 expand by $6,750, 45 renew flat.
        var accounts = Enumerable.Range(1, 100).Select(i => new AccountArr(i, 10_000m, i switch
        {
            <= 5 => 0m,
            <= 15 => 8_000m,
            <= 55 => 16_750m,
            _ => 10_000m,
        }));

        var f = RetentionMath.Compute(accounts);

        Assert.Equal(1_000_000m, f.StartingArr);
        Assert.Equal(50_000m, f.Churned);
        Assert.Equal(20_000m, f.Contraction);
        Assert.Equal(270_000m, f.Expansion);
        Assert.Equal(1_200_000m, f.EndingArr);
        Assert.Equal(0.93m, f.Grr);
        Assert.Equal(1.2m, f.Nrr);
        Assert.Equal(0.95m, f.LogoRetention);
        Assert.Equal((100, 95), (f.LogosAtStart, f.LogosRetained));
    }

    [Fact]
    public void ReachesExactly120PercentWhenTheBookGrowsFromAMillionToOnePointTwoWithNoLoss()
    {
        var accounts = Enumerable.Range(1, 100).Select(i => new AccountArr(i, 10_000m, 12_000m));

        var f = RetentionMath.Compute(accounts);

        Assert.Equal((1_000_000m, 1_200_000m), (f.StartingArr, f.EndingArr));
        Assert.Equal(1.2m, f.Nrr);
        Assert.Equal(1m, f.Grr);
        Assert.Equal(1m, f.LogoRetention);
    }

    [Fact]
    public void LeavesAnAccountWonDuringThePeriodOutOfEveryRate()
    {
        var f = RetentionMath.Compute([new AccountArr(1, 100m, 100m), new AccountArr(2, null, 500m)]);

        Assert.Equal(100m, f.StartingArr);
        Assert.Equal(0m, f.Expansion);
        Assert.Equal(1m, f.Nrr);
        Assert.Equal(1, f.LogosAtStart);
        Assert.Equal(ArrMovement.NotInBase, f.Movements[2]);
    }

    [Fact]
    public void DoesNotLoseAgainAnAccountThatChurnedBeforeThePeriod()
    {
        var f = RetentionMath.Compute([new AccountArr(1, 0m, 0m), new AccountArr(2, 200m, 200m)]);

        Assert.Equal((200m, 0m, 1), (f.StartingArr, f.Churned, f.LogosAtStart));
    }

    [Fact]
    public void KeepsGrossRetentionAtOrBelowOneHundredPercentWhateverTheExpansion()
    {
        var f = RetentionMath.Compute([new AccountArr(1, 100m, 80m), new AccountArr(2, 100m, 400m)]);

        Assert.Equal(0.9m, f.Grr);
        Assert.Equal(2.4m, f.Nrr);
        Assert.Equal((300m, 20m), (f.Expansion, f.Contraction));
    }

    [Fact]
    public void CountsAChurnAsItsWholeStartingArrAndAsALostLogo()
    {
        var f = RetentionMath.Compute([new AccountArr(1, 300m, 0m), new AccountArr(2, 100m, 100m)]);

        Assert.Equal(300m, f.Churned);
        Assert.Equal(0.25m, f.Grr);
        Assert.Equal(0.5m, f.LogoRetention);
        Assert.Equal([1], f.AccountsWith(ArrMovement.Churned));
        Assert.Equal([2], f.AccountsWith(ArrMovement.Flat));
    }

    [Fact]
    public void HasNoRatesForAPeriodThatBeganWithNoArr()
    {
        var f = RetentionMath.Compute([new AccountArr(1, null, 100m)]);

        Assert.Null(f.Grr);
        Assert.Null(f.Nrr);
        Assert.Null(f.LogoRetention);
    }
}
