using Adoption.Portal.Health;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Tests.Revenue;

public sealed class TheExpansionSignals
{
    [Fact]
    public void SuggestsSeatsWhenMorePeopleUseTheProductThanItHasSeatsFor() =>
        Assert.Equal([ExpansionSignal.SeatsAboveLicensed], ExpansionSignals.For(licensedSeats: 40, activeUsers: 41, latestNps: 7, HealthColor.Green));

    [Fact]
    public void SaysSeatsAreNearlyFullFromNinetyPercent()
    {
        Assert.Equal([ExpansionSignal.SeatsNearLimit], ExpansionSignals.For(40, 36, null, HealthColor.Yellow));
        Assert.Empty(ExpansionSignals.For(40, 35, null, HealthColor.Yellow));
    }

    [Fact]
    public void SuggestsAskingAPromoterOnlyOnAGreenAccount()
    {
        Assert.Equal([ExpansionSignal.HappyPromoter], ExpansionSignals.For(100, 10, 9, HealthColor.Green));
        Assert.Empty(ExpansionSignals.For(100, 10, 10, HealthColor.Yellow));
        Assert.Empty(ExpansionSignals.For(100, 10, 8, HealthColor.Green));
    }
}
