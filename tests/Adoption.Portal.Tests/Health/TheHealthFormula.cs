using Adoption.Portal.Health;

namespace Adoption.Portal.Tests.Health;

/// <summary>The formula against the worked examples of docs/health.md, with the default profile.</summary>
public sealed class TheHealthFormula
{
    private static readonly HealthProfile Default = HealthProfile.Default();

    /// <summary>Everything good except what the case is about.</summary>
    private static HealthSignals Good(int active = 12, int seats = 20) =>
        new(8, 8, active, seats, active, (4, 4), (4, 4, 0), (0, 0), 0, (2, 2));

    [Fact]
    public void WeighsEachFactorAsPublished()
    {
        // adoption 6/8 = 75, seats 12 of 20 against a 60% target = 100, training 3/4 = 75,
        // NPS (2-1)/4 = 25 -> 62, support 1 open = 85, sentiment 0 risks = 100, plan 1/2 = 50
        var health = HealthFormula.Score(new HealthSignals(6, 8, 12, 20, 12, (3, 4), (4, 2, 1), (1, 0), 0, (1, 2)), Default);

        Assert.Equal([75, 75, 62, 85, 100, 100, 50], health.Components.Select(c => c.Score));
        // (75*15 + 75*10 + 62*15 + 85*10 + 100*10 + 100*30 + 50*10) / 100 = 81.55
        Assert.Equal(82, health.Score);
        Assert.Equal(HealthColor.Green, health.Color);
    }

    [Fact]
    public void IsNotGreenWhenAlmostNoSeatsAreUsed()
    {
        // Northwind: 5 of its 350 seats active, everything else perfect.
        var health = HealthFormula.Score(Good(active: 5, seats: 350), Default);

        Assert.Equal(2, health.Components.Single(c => c.Factor == HealthFactor.Seats).Score);
        Assert.Equal(71, health.Score);
        Assert.Equal(HealthColor.Yellow, health.Color);
        var worst = health.Reasons[0];
        Assert.Equal(HealthReasons.FewSeatsUsed, worst.Key);
        Assert.Equal([5, 350], worst.Args.Cast<int>());
    }

    [Fact]
    public void IsRedWithItsWorstReasonsFirstForAStalledAccount()
    {
        var health = HealthFormula.Score(new HealthSignals(1, 8, 1, 50, 10, (0, 6), (3, 0, 3), (4, 2), 2, (0, 5)), Default);

        Assert.Equal(HealthColor.Red, health.Color);
        Assert.All(health.Reasons, r => Assert.False(r.Positive));
        Assert.Contains(health.Reasons, r => r.Key == HealthReasons.NegativeNps && (int)r.Args[0] == -100);
        Assert.Contains(health.Reasons, r => r.Key == HealthReasons.OpenRisks && (int)r.Args[0] == 2);
        Assert.Contains(health.Reasons, r => r.Key == HealthReasons.ActivePeopleFell && (int)r.Args[0] == 90);
    }

    [Fact]
    public void SaysSoWhenActivePeopleFall()
    {
        var signals = Good() with { ActivePeople = 13, ActivePeopleBefore = 20 };

        var fell = HealthFormula.Score(signals, Default).Reasons.Single(r => r.Key == HealthReasons.ActivePeopleFell);

        Assert.Equal([35, 20, 13], fell.Args.Cast<int>());
        Assert.DoesNotContain(HealthFormula.Score(signals with { ActivePeople = 17 }, Default).Reasons, r => r.Key == HealthReasons.ActivePeopleFell);
    }

    [Fact]
    public void TreatsMissingNpsAsNeutralAndSaysSo()
    {
        var health = HealthFormula.Score(Good() with { Nps = (0, 0, 0) }, Default);

        Assert.Equal(50, health.Components.Single(c => c.Factor == HealthFactor.Nps).Score);
        Assert.Contains(health.Reasons, r => r.Key == HealthReasons.NoNps);
    }

    [Fact]
    public void FollowsTheProfilesWeightsAndLeavesOutFactorsWeightedZero()
    {
        var seatsOnly = new HealthProfile { SeatsWeight = 100, GreenFrom = 90, YellowFrom = 10, SeatTargetPercent = 50 };

        var health = HealthFormula.Score(Good(active: 5, seats: 20), seatsOnly);

        Assert.Equal(HealthFactor.Seats, Assert.Single(health.Components).Factor);
        Assert.Equal(50, health.Score);
        Assert.Equal(HealthColor.Yellow, health.Color);
        Assert.All(health.Reasons, r => Assert.Equal(HealthFactor.Seats, HealthReasons.FactorOf(r.Key)));
    }

    [Fact]
    public void TakesTicketPenaltiesFromTheProfile()
    {
        var strict = HealthProfile.Default();
        strict.OpenTicketPenalty = 40;
        strict.UrgentTicketPenalty = 10;

        var health = HealthFormula.Score(Good() with { Tickets = (2, 1) }, strict);

        Assert.Equal(10, health.Components.Single(c => c.Factor == HealthFactor.Support).Score);
    }

    [Theory]
    [InlineData(75, HealthColor.Green)]
    [InlineData(74, HealthColor.Yellow)]
    [InlineData(50, HealthColor.Yellow)]
    [InlineData(49, HealthColor.Red)]
    public void ColoursByTheProfilesThresholds(int score, HealthColor color) => Assert.Equal(color, Default.ColorOf(score));
}
