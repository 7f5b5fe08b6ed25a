using System.Globalization;
using System.Text;
using Adoption.Portal.BrowserTests.Pages;
using Adoption.Portal.Demo;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Adoption.Portal.BrowserTests.Accessibility;

/// <summary>
/// Runs axe on every customer and CSM page the demo users can reach (found from the app's endpoints,
/// so pages added later are checked too) and fails on any serious or critical violation.
/// </summary>
public sealed class EveryPageIsAccessible(BrowserPortal portal, ITestOutputHelper output) : IClassFixture<BrowserPortal>
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public Task CustomerPagesForACustomerAdmin() => CheckFolderAsync("/Customer", DemoSignIns.CustomerAdmin.Email, accountId: 1);

    [Fact]
    public Task CsmPagesForACsm() => CheckFolderAsync("/Csm", DemoSignIns.Csm.Email, accountId: null);

    private async Task CheckFolderAsync(string folder, string email, int? accountId)
    {
        var routes = PageRoute.Under(portal.Portal.Services, folder);
        Assert.NotEmpty(routes);
        var page = await portal.NewPageAsync();
        await new SignInPage(page).SignInAsync(email, DemoSignIns.Password);
        var problems = new StringBuilder();
        var checkedUrls = new List<string>();

        foreach (var route in routes)
        {
            var url = await ReachableUrlAsync(page, route, accountId, problems);
            if (url is null)
            {
                continue;
            }

            checkedUrls.Add(url);
            var result = await page.RunAxe();
            foreach (var violation in result.Violations.Where(v => Blocking.Contains(v.Impact)))
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"{url}: {violation.Impact} {violation.Id}: {violation.Help}");
                foreach (var node in violation.Nodes.Take(5))
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target} {node.Html}");
                }
            }
        }

        output.WriteLine($"axe checked: {string.Join(" ", checkedUrls)}");
        Assert.True(problems.Length == 0, $"Checked {string.Join(", ", checkedUrls)}\n{problems}");
    }

    /// <summary>Opens the route; an <c>{id}</c> gets the first real id of the person's account that the page shows.</summary>
    private async Task<string?> ReachableUrlAsync(IPage page, PageRoute route, int? accountId, StringBuilder problems)
    {
        var parameters = route.RequiredParameters;
        if (parameters.Count == 0)
        {
            var plain = route.Url(new Dictionary<string, string>());
            var response = await page.GotoAsync(plain);
            if (response?.Status == 200)
            {
                return plain;
            }

            problems.AppendLine(CultureInfo.InvariantCulture, $"{route.Template}: answered {response?.Status}");
            return null;
        }

        if (parameters is not [var id])
        {
            problems.AppendLine(CultureInfo.InvariantCulture, $"{route.Template}: teach this test how to fill {string.Join(", ", parameters.Select(p => p.Name))}");
            return null;
        }

        foreach (var candidate in await RealIds.CandidatesAsync(portal.Portal.DatabasePath, accountId, route.SegmentBefore(id)))
        {
            var url = route.Url(new Dictionary<string, string> { [id.Name] = candidate.ToString(CultureInfo.InvariantCulture) });
            if ((await page.GotoAsync(url))?.Status == 200)
            {
                return url;
            }
        }

        problems.AppendLine(CultureInfo.InvariantCulture, $"{route.Template}: no id of the signed-in person's account opens it");
        return null;
    }
}
