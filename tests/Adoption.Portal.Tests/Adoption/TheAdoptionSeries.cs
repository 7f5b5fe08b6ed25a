using Adoption.Portal.Pages.Customer.Usage;

namespace Adoption.Portal.Tests.Usage; // Not ".Adoption": that would shadow the root namespace in sibling tests.

public sealed class TheAdoptionSeries
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly int[] Catalogue = [1, 2, 3, 4];

    [Fact]
    public void CountsDistinctPeopleInWindowsThatEndToday()
    {
        ActiveDay[] days =
        [
            new("ann", Today), new("ann", Today.AddDays(-1)), new("bob", Today.AddDays(-6)),
            new("cat", Today.AddDays(-7)), new("dan", Today.AddDays(-29)), new("eve", Today.AddDays(-30)),
        ];

        var series = AdoptionSeries.Compute(Today, Catalogue, days, [], weeks: 1);

        Assert.Equal(2, series.WeeklyActive);
        Assert.Equal(4, series.MonthlyActive);
        Assert.Equal(5.0 / 30, series.DailyActive, 9);
        Assert.Equal(5.0 / 30 / 4, series.Stickiness, 9);
    }

    [Fact]
    public void MeasuresBreadthOverTheCatalogueAndPerPerson()
    {
        FeatureDay[] uses =
        [
            new("ann", 1, Today, 3), new("ann", 2, Today.AddDays(-3), 1), new("bob", 1, Today.AddDays(-10), 2),
            new("bob", 3, Today.AddDays(-40), 5), new("cat", 99, Today, 1),
        ];
        ActiveDay[] days = [new("ann", Today), new("ann", Today.AddDays(-3)), new("bob", Today.AddDays(-10)), new("bob", Today.AddDays(-40))];

        var series = AdoptionSeries.Compute(Today, Catalogue, days, uses, weeks: 6);

        Assert.Equal(2, series.FeaturesUsed);
        Assert.Equal(0.5, series.Breadth);
        Assert.Equal(
            [new FeatureUse(1, 2, 5, Today), new FeatureUse(2, 1, 1, Today.AddDays(-3)), new FeatureUse(3, 0, 0, Today.AddDays(-40)), new FeatureUse(4, 0, 0, null)],
            series.Features);
        Assert.Equal([new PersonBreadth("ann", 2, Today), new PersonBreadth("bob", 1, Today.AddDays(-10))], series.People);
        // Six weekly points, oldest first; five weeks ago feature 3 was still inside its 30 days.
        Assert.Equal([Today.AddDays(-35), Today.AddDays(-28), Today.AddDays(-21), Today.AddDays(-14), Today.AddDays(-7), Today], series.Weeks.Select(w => w.Ending));
        Assert.Equal([0.25, 0.25, 0.25, 0.25, 0.25, 0.5], series.Weeks.Select(w => w.Breadth));
    }

    [Fact]
    public void NeedsRollupsFromThirtyDaysBeforeTheFirstWeek() =>
        Assert.Equal(Today.AddDays(-12 * 7 - 29), AdoptionSeries.FirstDayNeeded(Today, 13));
}
