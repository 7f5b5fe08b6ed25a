using Adoption.Portal.Pages.Customer.Review;

namespace Adoption.Portal.Tests.Review;

public sealed class TheReviewPeriod
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void IsTheLastCompleteQuarterByDefault()
    {
        var period = ReviewPeriod.Default(Today);
        Assert.Equal(("2026-Q3", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), false), (period.Key, period.Start, period.End, period.ToDate));
    }

    [Fact]
    public void OffersTheQuarterToDateAndTheFourBefore()
    {
        var choices = ReviewPeriod.Choices(Today);
        Assert.Equal(["2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4"], choices.Select(p => p.Key));
        Assert.Equal((Today, true), (choices[0].End, choices[0].ToDate));
    }

    [Theory]
    [InlineData("2025-Q4", true)]
    [InlineData("2025-Q3", false)]
    [InlineData("2027-Q1", false)]
    [InlineData("2026-Q5", false)]
    [InlineData("last quarter", false)]
    public void AcceptsOnlyTheOfferedChoices(string key, bool accepted) =>
        Assert.Equal(accepted, ReviewPeriod.Parse(key, Today) is not null);
}
