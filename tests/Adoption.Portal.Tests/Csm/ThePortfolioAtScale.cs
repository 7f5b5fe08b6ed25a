using System.Diagnostics;
using Adoption.Portal.Demo;
using Adoption.Portal.Identity;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Adoption.Portal.Tests.Csm;

/// <summary>
/// The portfolio over ~5,000 generated accounts. Timings go to the test output for the record;
/// they are not asserted (the machine is shared), but every page must still be right.
/// </summary>
public sealed class ThePortfolioAtScale(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const int Generated = 5_000;

    [Fact]
    public async Task SortsFiltersAndPagesFiveThousandAccountsByHealth()
    {
        _ = portal.Services; // the demo copy and the host start are not part of the measure
        var generation = Stopwatch.StartNew();
        await using (var db = portal.CreateDb())
        {
            var csms = await db.Users.Where(u => u.AccountId == null).Select(u => u.Id).ToListAsync();
            await GeneratedPortfolio.AddAsync(db, Generated, portal.Clock.GetUtcNow().UtcDateTime, csms);
        }

        output.WriteLine($"generated {Generated:N0} accounts in {generation.ElapsedMilliseconds} ms");
        var client = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await client.GetStringAsync("/csm?p=2"); // warm-up: compiles queries and views

        var byHealth = await TimedAsync(client, "/csm?sort=Health&p=3");
        output.WriteLine(System.Text.RegularExpressions.Regex.Match(byHealth, "portfolio-count[^>]*>([^<]*)<").Groups[1].Value);
        Assert.Contains($"Showing 51–75 of {Generated + 12:N0} accounts", byHealth, StringComparison.Ordinal);
        var scores = ThePortfolio.Scores(byHealth);
        Assert.Equal(25, scores.Count);
        Assert.Equal(scores.Order(), scores);
        Assert.Contains("href=\"/csm?sort=Health&amp;p=4\"", byHealth, StringComparison.Ordinal);

        var byRenewal = await TimedAsync(client, "/csm");
        Assert.Equal(25, ThePortfolio.AccountNames(byRenewal).Count);

        var filtered = await TimedAsync(client, "/csm?segment=Enterprise&health=Red&renewal=120&sort=Arr&desc=true");
        Assert.NotEmpty(ThePortfolio.AccountNames(filtered));

        var search = await TimedAsync(client, "/csm?q=Juniper&sort=Name");
        Assert.All(ThePortfolio.AccountNames(search), n => Assert.Contains("Juniper", n, StringComparison.Ordinal));
    }

    private async Task<string> TimedAsync(HttpClient client, string url)
    {
        var times = new List<long>();
        var html = "";
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            html = await client.GetStringAsync(url);
            times.Add(watch.ElapsedMilliseconds);
        }

        output.WriteLine($"GET {url}: {string.Join(" / ", times)} ms (3 runs)");
        return html;
    }
}
