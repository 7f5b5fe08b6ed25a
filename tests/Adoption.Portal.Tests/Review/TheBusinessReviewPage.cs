using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Pages.Customer.Review;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Review;

/// <summary>The review's numbers against the demo data, counted independently here.</summary>
public sealed class TheBusinessReviewPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task ShowsNumbersThatMatchTheData()
    {
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var period = ReviewPeriod.Containing(today, today);
        await using var db = portal.CreateDb();
        var account = await db.Accounts.SingleAsync(a => a.Id == 1);
        var values = (await db.ValueEntries.Where(v => v.AccountId == 1 && v.CustomerVisible).ToListAsync())
            .Where(v => v.FullySignedOff && v.AchievedOn >= period.Start && v.AchievedOn <= period.End).ToList();
        var milestones = await db.Milestones.Where(m => m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == 1).ToListAsync();
        var mau = await db.UserDays.Where(r => r.AccountId == 1 && r.Day > period.End.AddDays(-30) && r.Day <= period.End).Select(r => r.UserKey).Distinct().CountAsync();
        var used = await db.UserFeatureDays.Where(r => r.AccountId == 1 && r.Day > period.End.AddDays(-30) && r.Day <= period.End).Select(r => r.FeatureId).Distinct().CountAsync();

        var response = await (await portal.SignInAsync(DemoSignIns.CustomerUser.Email)).GetAsync($"/review?period={period.Key}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mau.ToString(English), TestId(html, "review-mau"));
        Assert.Equal($"{used} / 8", TestId(html, "review-features"));
        var done = milestones.Count(m => m.Status == MilestoneStatus.Done);
        Assert.Equal($"{done} of {milestones.Count} milestones done", TestId(html, "review-plan"));
        Assert.Contains($"Renewal in {account.RenewalDate.DayNumber - today.DayNumber} days, on {account.RenewalDate.ToString("d", English)}.", html, StringComparison.Ordinal);
        if (values.Count > 0)
        {
            Assert.Equal(Money.Format(values.Sum(v => v.AnnualValue), "EUR", English), TestId(html, "period-value"));
        }

        var points = Regex.Matches(html, @"<li data-point=""(\w+)""").Select(m => m.Groups[1].Value).ToList();
        Assert.InRange(points.Count, 3, 5);
        Assert.Equal(["adoption", "plan", "renewal"], points.Intersect(["adoption", "plan", "renewal"]));
    }

    [Fact]
    public async Task SumsTheSignedOffValueOfTheLastQuarterByDefault()
    {
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var period = ReviewPeriod.Default(today);
        await using var db = portal.CreateDb();
        var signedOff = (await db.ValueEntries.Where(v => v.AccountId == 1 && v.CustomerVisible).ToListAsync()).Where(v => v.FullySignedOff).ToList();
        var inPeriod = signedOff.Where(v => v.AchievedOn >= period.Start && v.AchievedOn <= period.End).Sum(v => v.AnnualValue);
        var toDate = signedOff.Where(v => v.AchievedOn <= period.End).Sum(v => v.AnnualValue);

        var html = WebUtility.HtmlDecode(await (await portal.SignInAsync(DemoSignIns.CustomerUser.Email)).GetStringAsync("/review"));

        Assert.Contains($"Business review: Q{period.Quarter} {period.Year}", html, StringComparison.Ordinal);
        Assert.Contains($"Value to date: {Money.Format(toDate, "EUR", English)} a year, {(toDate / 240_000m).ToString("0.0", English)}× your annual subscription of €240,000.", html, StringComparison.Ordinal);
        if (inPeriod > 0)
        {
            Assert.Equal(Money.Format(inPeriod, "EUR", English), TestId(html, "period-value"));
        }
    }

    [Fact]
    public async Task AnswersNotFoundForAPeriodItDoesNotOffer()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync("/review?period=1999-Q1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync("/review?period=drop-table")).StatusCode);
    }

    private static string TestId(string html, string id) =>
        Regex.Match(html, $@"data-testid=""{id}"">([^<]*)<").Groups[1].Value;
}
