using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Health;
using Adoption.Portal.Health.Risks;

namespace Adoption.Portal.Tests.Health.Risks;

/// <summary>Each rule fires exactly at its threshold and not a step below it.</summary>
public sealed class TheRiskRules
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly RiskThresholds Limits = new();

    /// <summary>An account no rule has anything to say about.</summary>
    private static readonly RiskFacts Calm = new(Today, Today.AddDays(300), HealthColor.Green, 0, 0, (0, 0, 0, 0), (6, 6), 0);

    private static IReadOnlyList<string> Fired(RiskFacts facts) => RiskRules.Evaluate(facts, Limits).Select(r => r.Rule).ToList();

    [Fact]
    public void RaisesNothingForACalmAccount() => Assert.Empty(Fired(Calm));

    [Fact]
    public void RaisesImplementationWhenAMilestoneIsOverdue()
    {
        var raised = Assert.Single(RiskRules.Evaluate(Calm with { OverdueMilestones = 2 }, Limits));
        Assert.Equal((RiskRules.MilestonesOverdue, RiskCategory.Implementation, 2), (raised.Rule, raised.Category, (int)raised.Args[0]));
        Assert.Empty(RiskRules.Evaluate(Calm with { OverdueMilestones = 2 }, Limits with { OverdueMilestones = 3 }));
    }

    [Fact]
    public void RaisesSentimentForADetractor()
    {
        Assert.Equal([RiskRules.Detractor], Fired(Calm with { Detractors = 1 }));
        Assert.Equal(RiskCategory.Sentiment, RiskRules.Evaluate(Calm with { Detractors = 1 }, Limits)[0].Category);
    }

    [Theory]
    [InlineData(8, 0, 0, 0, RiskRules.TooManyNewTickets)]
    [InlineData(0, 5, 0, 0, RiskRules.TooManyOpenTickets)]
    [InlineData(0, 2, 2, 0, RiskRules.TooManyUrgentTickets)]
    [InlineData(0, 1, 0, 14, RiskRules.TicketWaiting)]
    public void RaisesSupportAtEachThreshold(int created, int open, int urgent, int oldest, string rule)
    {
        Assert.Equal([rule], Fired(Calm with { Tickets = (open, urgent, created, oldest) }));
        var below = (Math.Max(0, open - (rule == RiskRules.TooManyOpenTickets ? 1 : 0)), urgent - (urgent > 0 ? 1 : 0),
            created - (created > 0 ? 1 : 0), oldest - (oldest > 0 ? 1 : 0));
        Assert.Empty(Fired(Calm with { Tickets = below }));
    }

    [Fact]
    public void RaisesProductWhenKeyFeatureUsageFalls()
    {
        var raised = Assert.Single(RiskRules.Evaluate(Calm with { FeaturesUsed = (4, 6) }, Limits));
        Assert.Equal(RiskCategory.Product, raised.Category);
        Assert.Equal([6, 4], raised.Args.Cast<int>());
        Assert.Empty(Fired(Calm with { FeaturesUsed = (5, 6) }));
    }

    [Theory]
    [InlineData(8, 0, true)]
    [InlineData(7, 0, false)]
    [InlineData(8, 1, false)]
    [InlineData(30, 0, true)]
    public void RaisesSupportWhenABusyDeskFallsSilent(int before, int now, bool fires)
    {
        var facts = Calm with { NewInPeriodBefore = before, Tickets = (0, 0, now, 0) };

        Assert.Equal(fires, Fired(facts).Contains(RiskRules.SupportSilence));
        if (fires)
        {
            var raised = Assert.Single(RiskRules.Evaluate(facts, Limits));
            Assert.Equal(RiskCategory.Support, raised.Category);
            Assert.Equal([30, before], raised.Args.Cast<int>());
        }
    }

    [Fact]
    public void JudgesSilenceByTheProfilesOwnTicketLimitAndPeriod()
    {
        var tuned = Limits with { NewTicketsInPeriod = 4, TicketPeriodDays = 14 };

        var raised = Assert.Single(RiskRules.Evaluate(Calm with { NewInPeriodBefore = 4 }, tuned));
        Assert.Equal([14, 4], raised.Args.Cast<int>());
        Assert.Empty(RiskRules.Evaluate(Calm with { NewInPeriodBefore = 3 }, tuned));
    }

    [Fact]
    public void RaisesCompanyWhenAChampionsOrSponsorsEmailBounces()
    {
        var raised = Assert.Single(RiskRules.Evaluate(Calm with { KeyPeopleBounced = 2 }, Limits));

        Assert.Equal((RiskRules.KeyPersonBounced, RiskCategory.Company, 2), (raised.Rule, raised.Category, (int)raised.Args[0]));
        Assert.Equal([RiskRules.KeyPersonBounced], Fired(Calm with { KeyPeopleBounced = 1 }));
        Assert.Empty(Fired(Calm with { KeyPeopleBounced = 0 }));
    }

    [Fact]
    public void RaisesCompanyWhenAChampionOrSponsorLeft() =>
        Assert.Equal([RiskRules.KeyPersonLeft], Fired(Calm with { KeyPeopleLeft = 1 }));

    [Theory]
    [InlineData(120, HealthColor.Yellow, true)]
    [InlineData(121, HealthColor.Yellow, false)]
    [InlineData(30, HealthColor.Red, true)]
    [InlineData(30, HealthColor.Green, false)]
    [InlineData(-1, HealthColor.Red, false)]
    public void RaisesRenewalInsideTheWindowWhenHealthIsNotGreen(int days, HealthColor health, bool fires) =>
        Assert.Equal(fires, Fired(Calm with { RenewalDate = Today.AddDays(days), Health = health }).Contains(RiskRules.RenewalAtRisk));
}
