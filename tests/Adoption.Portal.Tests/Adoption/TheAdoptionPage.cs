using System.Globalization;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Usage; // Not ".Adoption": that would shadow the root namespace in sibling tests.

/// <summary>The page's figures against a brute-force count over the demo's rollup tables.</summary>
public sealed partial class TheAdoptionPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("anna@northwind.example", 1, "en")]
    [InlineData("aino@aurora.example", 2, "fi")]
    public async Task ShowsFiguresThatMatchABruteForceCountOverTheRollups(string email, int accountId, string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        await using var db = portal.CreateDb();
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var month = today.AddDays(-29);
        var userDays = await db.UserDays.Where(r => r.AccountId == accountId).ToListAsync();
        var featureDays = await db.UserFeatureDays.Where(r => r.AccountId == accountId).ToListAsync();
        var features = await db.KeyFeatures.ToListAsync();
        var mau = userDays.Where(r => r.Day >= month && r.Day <= today).Select(r => r.UserKey).Distinct().Count();
        var wau = userDays.Where(r => r.Day >= today.AddDays(-6) && r.Day <= today).Select(r => r.UserKey).Distinct().Count();
        var dau = userDays.Count(r => r.Day >= month && r.Day <= today) / 30.0;
        var used = featureDays.Where(r => r.Day >= month && r.Day <= today).Select(r => r.FeatureId).Distinct().ToList();

        var html = await (await portal.SignInAsync(email)).GetStringAsync("/adoption");

        Assert.True(mau > 0);
        Assert.Equal(mau.ToString("N0", culture), TestId(html, "mau"));
        Assert.Equal(wau.ToString("N0", culture), TestId(html, "wau"));
        Assert.Equal(dau.ToString("N1", culture), TestId(html, "dau"));
        Assert.Equal(((double)used.Count / features.Count).ToString("P0", culture), TestId(html, "breadth"));
        // Time to first value: the account's start to the first day anyone used a key feature.
        var created = DateOnly.FromDateTime(await db.Accounts.Where(a => a.Id == accountId).Select(a => a.CreatedAt).SingleAsync());
        var firstUse = featureDays.Where(r => r.Day <= today).Min(r => r.Day);
        Assert.Equal(Math.Max(0, firstUse.DayNumber - created.DayNumber).ToString("N0", culture), TestId(html, "ttfv"));
        foreach (var feature in features.Where(f => used.Contains(f.Id)))
        {
            var people = featureDays.Where(r => r.FeatureId == feature.Id && r.Day >= month && r.Day <= today).Select(r => r.UserKey).Distinct().Count();
            var name = feature.Texts.TryGetValue(locale, out var text) ? text.Title : feature.Name;
            Assert.Matches($@"<tr data-feature=""{feature.Key}"">\s*<td>{Regex.Escape(name)}</td>\s*<td class=""num"">{people}</td>", html);
        }
    }

    [Fact]
    public async Task SuggestsTheTrainingModuleForEachUnusedKeyFeature()
    {
        await using var db = portal.CreateDb();
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var used = await db.UserFeatureDays.Where(r => r.AccountId == 2 && r.Day >= today.AddDays(-29)).Select(r => r.FeatureId).Distinct().ToListAsync();
        var unused = await db.KeyFeatures.Where(f => !used.Contains(f.Id)).OrderBy(f => f.Order).ToListAsync();
        var modules = await db.TrainingModules.Where(m => m.KeyFeatureId != null && !used.Contains(m.KeyFeatureId.Value)).ToListAsync();
        var titles = modules.Select(m => m.Texts.TryGetValue("fi", out var text) ? text.Title : m.Title);

        var html = await (await portal.SignInAsync(DemoSignIns.OtherCustomer.Email)).GetStringAsync("/adoption");

        Assert.NotEmpty(unused);
        Assert.Equal(unused.Select(f => f.Key), UnusedKeys().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Equal(titles.Order(StringComparer.Ordinal), ModuleTitles().Matches(html).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Northwind", html, StringComparison.Ordinal);
    }

    private static string TestId(string html, string id) =>
        Regex.Match(html, $@"data-testid=""{id}"">([^<]*)<").Groups[1].Value;

    [GeneratedRegex(@"<li data-feature=""(\w+)"">")]
    private static partial Regex UnusedKeys();

    [GeneratedRegex(@"data-testid=""training-module"">([^<]+)</a>")]
    private static partial Regex ModuleTitles();
}
