using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Testing;

namespace Adoption.Portal.Tests.Csm;

/// <summary>The CSM's portfolio on the demo: filters, sorting and links that keep their state.</summary>
public sealed partial class ThePortfolio(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ListsEveryAccountWithHealthSoonestRenewalFirst()
    {
        var html = await PageAsync("/csm");

        var names = AccountNames(html);
        Assert.Equal(12, names.Count);
        Assert.Equal("Sapori Toscani S.p.A.", names[0]);
        Assert.Contains("Showing 1–12 of 12 accounts", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge-red\">At risk</span>", html, StringComparison.Ordinal);
        Assert.Contains("/csm/accounts/1\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/csm?segment=Smb", new[] { "Lapin Retkeily Oy", "Studio Milano Design", "Tailspin Travel", "杭州云启科技" })]
    [InlineData("/csm?q=aurora", new[] { "Aurora Terveys Oy" })]
    [InlineData("/csm?q=RETAIL", new[] { "Contoso Retail", "Lapin Retkeily Oy" })]
    [InlineData("/csm?stage=Renewal", new[] { "Sapori Toscani S.p.A.", "Fabrikam Manufacturing" })]
    [InlineData("/csm?renewal=120", new[] { "Sapori Toscani S.p.A.", "Lapin Retkeily Oy", "Fabrikam Manufacturing" })]
    [InlineData("/csm?csm=none&stage=Onboarding", new[] { "Tailspin Travel", "杭州云启科技" })]
    [InlineData("/csm?health=Red&segment=Enterprise", new[] { "Fabrikam Manufacturing" })]
    public async Task FiltersByWhatTheQueryStringSays(string url, string[] expected)
    {
        var names = AccountNames(await PageAsync(url));
        Assert.Equal(expected.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FiltersByTheCsmWhoOwnsTheAccount()
    {
        var html = await PageAsync("/csm");
        var maria = CsmOption().Matches(html).Single(m => m.Groups[2].Value == DemoSignIns.Csm.Name).Groups[1].Value;

        var names = AccountNames(await PageAsync($"/csm?csm={maria}&sort=Name"));

        Assert.Equal(["Baltic Shipping AB", "Contoso Retail", "Northwind Logistics", "Sapori Toscani S.p.A."], names);
    }

    [Fact]
    public async Task SortsByHealthAndFlipsOnTheSecondClick()
    {
        var ascending = await PageAsync("/csm?sort=Health");
        var scores = Scores(ascending);
        Assert.Equal(scores.Order(), scores);
        Assert.Contains("href=\"/csm?sort=Health&amp;desc=true\"", ascending, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"ascending\"", ascending, StringComparison.Ordinal);

        var descending = Scores(await PageAsync("/csm?sort=Health&desc=true"));
        Assert.Equal(scores.OrderDescending(), descending);
    }

    [Fact]
    public async Task KeepsFiltersInSortLinksAndIgnoresValuesItDoesNotKnow()
    {
        var html = await PageAsync("/csm?segment=Enterprise&sort=Bogus&p=-3&renewal=7");

        Assert.Equal(4, AccountNames(html).Count);
        Assert.Contains("href=\"/csm?segment=Enterprise&amp;sort=Arr\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Enterprise\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string url)
    {
        var client = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, html);
        return html;
    }

    internal static List<string> AccountNames(string html) => AccountLink().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    internal static List<int> Scores(string html) => HealthScore().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex("<td><a href=\"/csm/accounts/\\d+\">([^<]+)</a></td>")]
    private static partial Regex AccountLink();

    [GeneratedRegex("<span class=\"health-score\">(\\d+)</span>")]
    private static partial Regex HealthScore();

    [GeneratedRegex("<option value=\"([^\"]+)\">([^<]+)</option>")]
    private static partial Regex CsmOption();
}
