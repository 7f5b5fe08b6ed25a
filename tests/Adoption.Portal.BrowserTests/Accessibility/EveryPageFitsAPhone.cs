using System.Globalization;
using System.Text;
using Adoption.Portal.BrowserTests.Pages;
using Adoption.Portal.Demo;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Adoption.Portal.BrowserTests.Accessibility;

/// <summary>
/// Visits every customer and CSM page (found from the app's endpoints) at phone width, in Finnish
/// (the longest words), and fails on any page that scrolls sideways; the Finnish header fits at 1280 px.
/// </summary>
public sealed class EveryPageFitsAPhone(BrowserPortal portal, ITestOutputHelper output) : IClassFixture<BrowserPortal>
{
    private const int PhoneWidth = 390;

    [Fact]
    public Task CustomerPagesAtPhoneWidth() => WalkAsync("/Customer", DemoSignIns.CustomerAdmin.Email, accountId: 1);

    [Fact]
    public Task CsmPagesAtPhoneWidth() => WalkAsync("/Csm", DemoSignIns.Csm.Email, accountId: null);

    [Fact]
    public async Task TheSignInPageAtPhoneWidth()
    {
        var page = await NewPageAsync(PhoneWidth);
        await page.GotoAsync("/signin");
        Assert.Null(await OverflowAsync(page));
    }

    [Theory]
    [InlineData("customer", "/overview")]
    [InlineData("csm", "/csm/today")]
    public async Task TheFinnishHeaderFitsOneLineAt1280(string who, string path)
    {
        var page = await NewPageAsync(1280);
        await new SignInPage(page).SignInAsync(who == "csm" ? DemoSignIns.Csm.Email : DemoSignIns.OtherCustomer.Email, DemoSignIns.Password);
        await page.GotoAsync(path);

        var height = await page.EvaluateAsync<double>("() => document.querySelector('.topbar').getBoundingClientRect().height");
        var line = await page.EvaluateAsync<double>("() => document.querySelector('.topbar .brand').getBoundingClientRect().height");

        Assert.True(height < line * 2.5, $"The header is {height}px high for a {line}px line: it wrapped.");
        Assert.Null(await OverflowAsync(page));
    }

    [Fact]
    public async Task HasAFavicon()
    {
        var page = await NewPageAsync(PhoneWidth);
        await page.GotoAsync("/signin");
        var href = await page.GetAttributeAsync("link[rel=icon]", "href");

        Assert.NotNull(href);
        Assert.Equal(200, (await page.APIRequest.GetAsync(href!)).Status);
    }

    private async Task WalkAsync(string folder, string email, int? accountId)
    {
        var routes = PageRoute.Under(portal.Portal.Services, folder);
        Assert.NotEmpty(routes);
        var page = await NewPageAsync(PhoneWidth);
        await new SignInPage(page).SignInAsync(email, DemoSignIns.Password);
        var problems = new StringBuilder();
        var visited = new List<string>();

        foreach (var route in routes)
        {
            var url = await OpenAsync(page, route, accountId);
            if (url is null)
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"{route.Template}: could not be opened");
                continue;
            }

            visited.Add(url);
            if (await OverflowAsync(page) is { } overflow)
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"{url}: {overflow}");
            }
        }

        output.WriteLine($"visited at {PhoneWidth}px: {string.Join(" ", visited)}");
        Assert.True(problems.Length == 0, problems.ToString());
    }

    private async Task<IPage> NewPageAsync(int width)
    {
        var context = await portal.NewContextAsync(new()
        {
            BaseURL = portal.BaseUrl, Locale = "fi-FI", ViewportSize = new() { Width = width, Height = 844 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Null when the page fits the window; otherwise how wide it is and the widest element sticking out.</summary>
    private static Task<string?> OverflowAsync(IPage page) => page.EvaluateAsync<string?>("""
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return null;
          let worst = null, right = width;
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.right > right + 1 && getComputedStyle(el).position !== 'fixed') { worst = el; right = r.right; }
          }
          const name = worst ? worst.tagName.toLowerCase() + (worst.className ? '.' + String(worst.className).split(' ').join('.') : '') : '?';
          return `scrolls to ${document.documentElement.scrollWidth}px in ${width}px (widest: ${name} to ${Math.round(right)}px)`;
        }
        """);

    private async Task<string?> OpenAsync(IPage page, PageRoute route, int? accountId)
    {
        var parameters = route.RequiredParameters;
        if (parameters.Count == 0)
        {
            var plain = route.Url(new Dictionary<string, string>());
            return (await page.GotoAsync(plain))?.Status == 200 ? plain : null;
        }

        if (parameters is not [var id])
        {
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

        return null;
    }
}
