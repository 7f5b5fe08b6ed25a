using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Pages.Csm.Portfolio;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Csm;

/// <summary>
/// The portfolio is scored once and kept between requests; every change a save makes is on the very
/// next page, and a change made behind the portal's back arrives with the periodic rescoring.
/// </summary>
public sealed class ThePortfolioCache(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsANewRiskOnTheNextRequest()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var before = Score(await maria.GetStringAsync("/csm?q=Baltic"));

        await using (var db = portal.CreateDb())
        {
            var id = await db.Accounts.Where(a => a.Name.StartsWith("Baltic")).Select(a => a.Id).SingleAsync();
            db.Risks.Add(new Risk { AccountId = id, Category = RiskCategory.Company, Title = "Champion left", RaisedAt = portal.Clock.GetUtcNow().UtcDateTime });
            db.Risks.Add(new Risk { AccountId = id, Category = RiskCategory.Renewal, Title = "Budget cut", RaisedAt = portal.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }

        var after = await maria.GetStringAsync("/csm?q=Baltic");
        Assert.True(Score(after) < before, $"score {Score(after)} after two new risks, {before} before");
    }

    [Fact]
    public async Task FindsARenamedAccountByItsNewNameOnTheNextRequest()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        Assert.Empty(ThePortfolio.AccountNames(await maria.GetStringAsync("/csm?q=Tailwind")));

        await using (var db = portal.CreateDb())
        {
            var account = await db.Accounts.SingleAsync(a => a.Name == "Tailspin Travel");
            account.Name = "Tailwind Travel";
            await db.SaveChangesAsync();
        }

        Assert.Equal(["Tailwind Travel"], ThePortfolio.AccountNames(await maria.GetStringAsync("/csm?q=Tailwind")));
        Assert.Empty(ThePortfolio.AccountNames(await maria.GetStringAsync("/csm?q=Tailspin")));
    }

    [Fact]
    public async Task RescoresAnAccountWhenTheMilestonesUnderItsPlanAreDone()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        int id;
        string name;
        await using (var db = portal.CreateDb())
        {
            // The account with the most open milestones: finishing them all moves its plan factor most.
            id = await db.Milestones.Where(m => m.Status != MilestoneStatus.Done).GroupBy(m => m.Objective!.Plan!.AccountId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            name = await db.Accounts.Where(a => a.Id == id).Select(a => a.Name).SingleAsync();
        }

        var url = "/csm?q=" + Uri.EscapeDataString(name);
        var before = Score(await maria.GetStringAsync(url));
        await using (var db = portal.CreateDb())
        {
            foreach (var m in await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == id).ToListAsync())
            {
                m.Status = MilestoneStatus.Done;
            }

            await db.SaveChangesAsync();
        }

        Assert.True(Score(await maria.GetStringAsync(url)) > before, "a finished plan raises the score at once");
    }

    [Fact]
    public async Task PicksUpAChangeMadeBehindThePortalsBackOnceItIsRescored()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        Assert.Empty(ThePortfolio.AccountNames(await maria.GetStringAsync("/csm?q=Renamed+by+hand")));

        await using (var db = portal.CreateDb())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Accounts SET Name = 'Renamed by hand' WHERE Name = 'Lapin Retkeily Oy'");
        }

        // Not a save through the portal: the kept portfolio still has the old name until it is rescored.
        Assert.Empty(ThePortfolio.AccountNames(await maria.GetStringAsync("/csm?q=Renamed+by+hand")));
        portal.Clock.Advance(PortfolioCache.MaxAge);
        var found = new List<string>();
        for (var i = 0; i < 100 && found.Count == 0; i++)
        {
            // The first request past the age starts the rescoring and is answered from what is kept.
            found = ThePortfolio.AccountNames(await maria.GetStringAsync("/csm?q=Renamed+by+hand"));
            await Task.Delay(i == 0 ? 0 : 100);
        }

        Assert.Equal(["Renamed by hand"], found);
    }

    private static int Score(string html) => Assert.Single(ThePortfolio.Scores(html));

}
