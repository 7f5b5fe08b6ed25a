using Adoption.Portal.Demo;
using Adoption.Portal.Health;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Health;

/// <summary>One snapshot per account and day: from the account page, profile saves and the nightly run.</summary>
public sealed class TheHealthHistory(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("2026-12-02T01:59:00", "2026-12-02T02:00:00")]
    [InlineData("2026-12-02T02:00:00", "2026-12-03T02:00:00")]
    [InlineData("2026-12-02T23:30:00", "2026-12-03T02:00:00")]
    public void RunsNightlyAtTwo(string now, string next) =>
        Assert.Equal(DateTime.Parse(next, System.Globalization.CultureInfo.InvariantCulture),
            HealthNightly.NextRun(DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task ChartsNinetyDaysOnTheAccountEndingInTheScoreShown()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = await maria.GetStringAsync("/csm/accounts/6");
        await maria.GetStringAsync("/csm/accounts/6");

        var score = System.Text.RegularExpressions.Regex.Match(html, @"data-testid=""health-score"">(\d+)<").Groups[1].Value;
        Assert.Contains("data-health-chart=\"health-history-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/health.js", html, StringComparison.Ordinal);
        Assert.Equal(HealthHistory.ChartDays, System.Text.RegularExpressions.Regex.Count(html, "<tr data-date="));
        await using var db = portal.CreateDb();
        var today = Today();
        var todays = await db.HealthSnapshots.Where(s => s.AccountId == 6 && s.Day == today).ToListAsync();
        Assert.Equal(score, Assert.Single(todays).Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ShowsADownArrowForAnAccountThatSlidOverTheWeek()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = await maria.GetStringAsync("/csm?q=Fabrikam");

        Assert.Matches(@"<span class=""trend"" data-trend=""Down"">↓<span class=""visually-hidden"">Declined over the week</span>", html);
    }

    [Fact]
    public async Task RecordsEveryAccountWhenTheNightComes()
    {
        await using var db = portal.CreateDb();
        var accounts = await db.Accounts.CountAsync(a => a.ArchivedAt == null);
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var night = HealthNightly.NextRun(now);
        var day = DateOnly.FromDateTime(night);

        portal.Clock.Advance(night - now + TimeSpan.FromSeconds(1));

        // The worker runs on its own thread once the fake clock passes 02:00; give it time to write.
        for (var i = 0; i < 100 && await db.HealthSnapshots.CountAsync(s => s.Day == day) < accounts; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(accounts, await db.HealthSnapshots.CountAsync(s => s.Day == day));
    }

    [Fact]
    public async Task KeepsOneRowPerAccountAndDayWhenRecordedAgain()
    {
        using var scope = portal.Services.CreateScope();
        var history = scope.ServiceProvider.GetRequiredService<HealthHistory>();
        var day = Today().AddDays(-200);

        await history.RecordAllAsync(day);
        await history.RecordAllAsync(day);

        await using var db = portal.CreateDb();
        Assert.Equal(await db.Accounts.CountAsync(a => a.ArchivedAt == null), await db.HealthSnapshots.CountAsync(s => s.Day == day));
    }

    [Fact]
    public async Task NeverShowsACustomerAnotherAccountsHistory()
    {
        await using var db = TenantDb.As(portal.DatabasePath, 1, Adoption.Portal.Identity.Roles.CustomerAdmin);

        Assert.All(await db.HealthSnapshots.Select(s => s.AccountId).Distinct().ToListAsync(), id => Assert.Equal(1, id));
    }

    private DateOnly Today() => DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
}
