using Adoption.Portal.BrowserTests.Pages;
using Adoption.Portal.Demo;
using Deque.AxeCore.Playwright;

namespace Adoption.Portal.BrowserTests.Journeys;

/// <summary>axe-core finds no accessibility violations on the CSM workspace's pages.</summary>
public sealed class CheckingTheCsmWorkspaceForAccessibility(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task EveryKindOfCsmPagePassesAxe()
    {
        var page = await portal.NewPageAsync();
        await new SignInPage(page).SignInAsync(DemoSignIns.Csm.Email, DemoSignIns.Password);
        // One page of each kind: lists, tabs, forms with every kind of field, the empty-plan state.
        string[] urls =
        [
            "/csm?segment=Enterprise&sort=Health", "/csm/today", "/csm/accounts/1", "/csm/accounts/1/plan", "/csm/accounts/10/plan",
            "/csm/accounts/1/training", "/csm/milestones/1", "/csm/value/1", "/csm/features/1", "/csm/templates/objectives/1", "/csm/training-paths/1",
        ];

        var violations = new List<string>();
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            var result = await page.RunAxe();
            violations.AddRange(result.Violations.Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}"));
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
