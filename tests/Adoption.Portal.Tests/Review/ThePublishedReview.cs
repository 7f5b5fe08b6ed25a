using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Value;
using Adoption.Portal.Pages.Customer.Review;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Review;

/// <summary>The CSM publishes a quarter's review; its figures are frozen, whatever happens to the data afterwards.</summary>
public sealed class ThePublishedReview(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DoesNotChangeWhenTheDataChanges()
    {
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var period = ReviewPeriod.Containing(today, today);
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var page = $"/csm/accounts/1/review?period={period.Key}";

        var draft = WebUtility.HtmlDecode(await ben.GetStringAsync($"/review?period={period.Key}"));
        Assert.Contains("These figures are live and change until your customer success manager publishes the review.", draft, StringComparison.Ordinal);
        var published = await maria.SubmitAsync(page, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var before = WebUtility.HtmlDecode(await ben.GetStringAsync($"/review?period={period.Key}"));
        Assert.Contains("Published by Maria Santos on", before, StringComparison.Ordinal);

        // Tick every open customer task, add signed-off value: the live draft would move, the published review must not.
        await using (var db = portal.CreateDb())
        {
            await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 1 && m.Status != MilestoneStatus.Done)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MilestoneStatus.Done).SetProperty(m => m.CompletedAt, portal.Clock.GetUtcNow().UtcDateTime));
            db.ValueEntries.Add(new ValueEntry
            {
                AccountId = 1, Outcome = "Fewer manual re-bookings", Unit = "per week", Before = 40, After = 10, AnnualValue = 99_000m, Evidence = "Booking log",
                AchievedOn = today, CustomerSignedOffBy = "Anna Berg", CustomerSignedOffAt = portal.Clock.GetUtcNow().UtcDateTime,
                CsmSignedOffBy = "Maria Santos", CsmSignedOffAt = portal.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        var after = WebUtility.HtmlDecode(await ben.GetStringAsync($"/review?period={period.Key}"));
        Assert.Equal(Section(before, "review-plan"), Section(after, "review-plan"));
        Assert.Equal(Section(before, "summary"), Section(after, "summary"));
        Assert.DoesNotContain("Fewer manual re-bookings", after, StringComparison.Ordinal);

        // The CSM's draft of another quarter is still live; the published quarter shows the frozen figures to the CSM too.
        var csmView = WebUtility.HtmlDecode(await maria.GetStringAsync(page));
        Assert.Equal(Section(before, "review-plan"), Section(csmView, "review-plan"));
    }

    [Fact]
    public async Task OpensOnTheQuarterInProgressForAnAccountWithoutDataInTheLastOne()
    {
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var li = await portal.SignInAsync(DemoSignIns.ChineseCustomer.Email);
        await using var db = portal.CreateDb();
        var lotus = await db.Accounts.SingleAsync(a => a.ExternalId == "acct-004");
        var last = ReviewPeriod.Default(today);
        var expected = DateOnly.FromDateTime(lotus.CreatedAt) > last.End ? ReviewPeriod.Containing(today, today) : last;

        var html = await li.GetStringAsync("/review");

        Assert.Contains($"<option value=\"{expected.Key}\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsNpsSupportTrainingAndTimeToFirstValue()
    {
        var html = WebUtility.HtmlDecode(await (await portal.SignInAsync(DemoSignIns.CustomerUser.Email)).GetStringAsync("/review"));

        Assert.NotEmpty(Section(html, "review-nps"));
        Assert.Matches(@"\d+ tickets? opened", Section(html, "review-support"));
        Assert.Matches(@"\d+ modules? completed", Section(html, "review-training"));
        Assert.NotEmpty(Section(html, "review-ttfv"));
    }

    [Fact]
    public async Task IsNotPublishedByACustomer()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var response = await anna.GetAsync("/csm/accounts/1/review");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Section(string html, string id) =>
        Regex.Match(html, $@"data-testid=""{id}""[^>]*>(.*?)</(p|ul|dd)>", RegexOptions.Singleline).Groups[1].Value;
}
