using Adoption.Portal.BrowserTests.Pages;
using Adoption.Portal.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Journeys;

/// <summary>A nudge from its portal rule to the host product's page and back to the CSM's why-not-shown page.</summary>
public sealed class SeeingANudgeInTheHostProduct(SampleHostOnThePortal both) : IClassFixture<SampleHostOnThePortal>
{
    // The demo's Northwind banner (DemoNudges.NorthwindBannerId, internal to the portal).
    private const string NorthwindBannerId = "ngm_nw0api";

    [Fact]
    public async Task AnnaDismissesTheDemoBannerForGoodAndTheCsmSeesWhy()
    {
        // The demo banner targets Northwind's champions and admins who have not used the API yet: Anna.
        var page = await both.SignedInHostPageAsync("user-001-01");
        var banner = page.Locator($"[data-adoption-nudge='{NorthwindBannerId}'][data-adoption-kind='banner']");
        await Assertions.Expect(banner).ToBeVisibleAsync();

        await banner.Locator("[data-adoption-action='dismiss']").ClickAsync();

        await Assertions.Expect(banner).ToBeHiddenAsync();
        // The host forwards the dismissal from its outcome queue; the portal's stored state is the proof it arrived.
        await DismissalStoredAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Assertions.Expect(page.Locator($"[data-adoption-nudge='{NorthwindBannerId}']")).ToHaveCountAsync(0);

        var csm = await both.NewPageAsync();
        await new SignInPage(csm).SignInAsync(DemoSignIns.Csm.Email, DemoSignIns.Password);
        await csm.GotoAsync($"/csm/nudges/{await BannerRowIdAsync()}/why?userId=user-001-01");
        await Assertions.Expect(csm.GetByTestId("why-verdict")).ToHaveTextAsync("Not shown now.");
        await Assertions.Expect(csm.GetByTestId("why-checks").Locator("li.check-fail")).ToContainTextAsync("Dismissed on");
    }

    private async Task<int> BannerRowIdAsync()
    {
        await using var db = both.Portal.CreateDb();
        return await db.Engagements.Where(e => e.PublicId == NorthwindBannerId).Select(e => e.Id).SingleAsync();
    }

    private async Task DismissalStoredAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var db = both.Portal.CreateDb();
            if (await db.EngagementStates.AnyAsync(s => s.UserId == "user-001-01" && s.DismissedAt != null))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The portal never stored Anna's dismissal.");
    }
}
