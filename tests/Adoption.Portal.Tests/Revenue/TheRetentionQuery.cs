using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Tests.Revenue;

/// <summary>Retention from ARR history: grouping by what the account was when the period began, the cohort, and the currency rule.</summary>
public sealed class TheRetentionQuery
{
    private static readonly RetentionPeriod Q3 = new(new(2026, 7, 1), new(2026, 9, 30));
    private static readonly CurrencyTable Rates = new("EUR", [new CurrencyRate { Currency = "USD", ValidFrom = new(2026, 1, 1), Rate = 0.5m }]);
    private long _id;

    private ArrChange Row(int account, DateOnly on, decimal arr, string csm = "maria", string currency = "EUR", Segment segment = Segment.MidMarket, Coverage coverage = Coverage.Named) =>
        new() { Id = ++_id, AccountId = account, EffectiveOn = on, Arr = arr, Currency = currency, CsmUserId = csm, Segment = segment, Coverage = coverage };

    private static Dictionary<int, List<ArrChange>> History(params ArrChange[] rows) => rows.GroupBy(r => r.AccountId).ToDictionary(g => g.Key, g => g.ToList());

    [Fact]
    public void WorksTheDocsQuarterOutWithExpansionContractionChurnAndANewAccount()
    {
        var history = History(
            Row(1, new(2025, 3, 1), 100_000m), Row(1, new(2026, 8, 15), 130_000m),   // expands by 30,000
            Row(2, new(2025, 5, 1), 50_000m), Row(2, new(2026, 9, 1), 40_000m),      // contracts by 10,000
            Row(3, new(2025, 6, 1), 20_000m), Row(3, new(2026, 7, 31), 0m),          // churns 20,000
            Row(4, new(2025, 9, 1), 30_000m),                                        // renews flat
            Row(5, new(2026, 8, 1), 60_000m));                                       // new in the quarter: left out

        var f = RetentionQuery.Compute(Q3, RetentionGrouping.All, history, Rates).Single().Figures;

        Assert.Equal((200_000m, 30_000m, 10_000m, 20_000m), (f.StartingArr, f.Expansion, f.Contraction, f.Churned));
        Assert.Equal(0.85m, f.Grr);
        Assert.Equal(1m, f.Nrr);
        Assert.Equal(0.75m, f.LogoRetention);
        Assert.Equal(ArrMovement.NotInBase, f.Movements[5]);
    }

    [Fact]
    public void GroupsByTheCsmWhoOwnedTheAccountWhenThePeriodBegan()
    {
        var history = History(Row(1, new(2025, 1, 1), 100m, csm: "maria"), Row(1, new(2026, 8, 1), 150m, csm: "tom"), Row(2, new(2025, 1, 1), 80m, csm: "tom"));

        var groups = RetentionQuery.Compute(Q3, RetentionGrouping.Csm, history, Rates).ToDictionary(g => g.Key);

        Assert.Equal((100m, 50m), (groups["maria"].Figures.StartingArr, groups["maria"].Figures.Expansion));
        Assert.Equal(80m, groups["tom"].Figures.StartingArr);
    }

    [Fact]
    public void GroupsACohortByTheQuarterItsArrStartedAndSplitsCoverageAndSegment()
    {
        var history = History(
            Row(1, new(2025, 2, 10), 100m, segment: Segment.Enterprise), Row(2, new(2025, 3, 30), 10m, coverage: Coverage.TechTouch, segment: Segment.Smb),
            Row(3, new(2025, 11, 2), 40m));

        var cohorts = RetentionQuery.Compute(Q3, RetentionGrouping.Cohort, history, Rates).ToDictionary(g => g.Key, g => g.Figures.StartingArr);
        var coverage = RetentionQuery.Compute(Q3, RetentionGrouping.Coverage, history, Rates).ToDictionary(g => g.Key, g => g.Figures.StartingArr);
        var segments = RetentionQuery.Compute(Q3, RetentionGrouping.Segment, history, Rates).ToDictionary(g => g.Key, g => g.Figures.StartingArr);

        Assert.Equal(new Dictionary<string, decimal> { ["2025 Q1"] = 110m, ["2025 Q4"] = 40m }, cohorts);
        Assert.Equal(new Dictionary<string, decimal> { ["Named"] = 140m, ["TechTouch"] = 10m }, coverage);
        Assert.Equal(new Dictionary<string, decimal> { ["Enterprise"] = 100m, ["Smb"] = 10m, ["MidMarket"] = 40m }, segments);
    }

    [Fact]
    public void ConvertsBothEndsAtThePeriodsStartingRateAndLeavesOutACurrencyWithoutOne()
    {
        var history = History(
            Row(1, new(2025, 1, 1), 100m), Row(2, new(2025, 1, 1), 1_000m, currency: "USD"), Row(2, new(2026, 8, 1), 1_200m, currency: "USD"),
            Row(3, new(2025, 1, 1), 5_000m, currency: "JPY"));

        var group = RetentionQuery.Compute(Q3, RetentionGrouping.All, history, Rates).Single();

        Assert.Equal((600m, 100m), (group.Figures.StartingArr, group.Figures.Expansion));
        Assert.Equal([3], group.Unconverted);
    }

    [Fact]
    public void ReadsTheSameFiguresForAPastQuarterWhateverIsRecordedAfterIt()
    {
        var rows = new List<ArrChange> { Row(1, new(2025, 1, 1), 100m), Row(1, new(2026, 9, 1), 120m) };
        var before = RetentionQuery.Compute(Q3, RetentionGrouping.All, History([.. rows]), Rates).Single().Figures;

        rows.Add(Row(1, new(2026, 12, 2), 999m));
        var after = RetentionQuery.Compute(Q3, RetentionGrouping.All, History([.. rows]), Rates).Single().Figures;

        Assert.Equal((before.StartingArr, before.Expansion, before.Nrr), (after.StartingArr, after.Expansion, after.Nrr));
        Assert.Equal(1.2m, after.Nrr);
    }
}
