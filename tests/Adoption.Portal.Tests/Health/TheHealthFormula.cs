using Adoption.Portal.Health;

namespace Adoption.Portal.Tests.Health;

public sealed class TheHealthFormula
{
    [Fact]
    public void WeighsEachFactorAsPublished()
    {
        // adoption 6/8 = 75, engagement 3/4 = 75, NPS (2-1)/4 = 25 -> 62, support 1 open = 85, sentiment 0 risks = 100
        var health = HealthFormula.Score(new HealthSignals(6, 8, 3, 4, (4, 2, 1), (1, 0), 0));

        Assert.Equal([75, 75, 62, 85, 100], health.Components.Select(c => c.Score));
        Assert.Equal((int)Math.Round((75 * 0.30) + (75 * 0.25) + (62 * 0.20) + (85 * 0.15) + (100 * 0.10)), health.Score);
        Assert.Equal(HealthColor.Green, health.Color);
    }

    [Fact]
    public void IsRedWithItsWorstReasonsFirstForAStalledAccount()
    {
        var health = HealthFormula.Score(new HealthSignals(1, 8, 1, 5, (3, 0, 3), (4, 2), 2));

        Assert.Equal(HealthColor.Red, health.Color);
        Assert.All(health.Reasons.TakeWhile(r => !r.Positive), r => Assert.False(r.Positive));
        Assert.Equal(HealthReasons.NarrowAdoption, health.Reasons[0].Key);
        Assert.Contains(health.Reasons, r => r.Key == HealthReasons.NegativeNps && (int)r.Args[0] == -100);
        Assert.Contains(health.Reasons, r => r.Key == HealthReasons.OpenRisks && (int)r.Args[0] == 2);
    }

    [Fact]
    public void TreatsMissingNpsAsNeutralAndSaysSo()
    {
        var health = HealthFormula.Score(new HealthSignals(4, 8, 2, 4, (0, 0, 0), (0, 0), 0));

        Assert.Equal(50, health.Components.Single(c => c.Factor == HealthFactor.Nps).Score);
        Assert.Contains(health.Reasons, r => r.Key == HealthReasons.NoNps);
        Assert.Equal(HealthColor.Yellow, health.Color);
    }

    [Theory]
    [InlineData(70, HealthColor.Green)]
    [InlineData(69, HealthColor.Yellow)]
    [InlineData(45, HealthColor.Yellow)]
    [InlineData(44, HealthColor.Red)]
    public void ColoursByThreshold(int score, HealthColor color) => Assert.Equal(color, AccountHealth.ColorOf(score));
}
