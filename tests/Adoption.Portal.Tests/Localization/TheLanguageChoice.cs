using System.Globalization;
using Adoption.Portal.Data;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Localization;

/// <summary>At run time, pages speak the profile's language, or else the browser's, and format dates by it.</summary>
public sealed class TheLanguageChoice(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task FollowsAFinnishCustomersProfileOnTheOverviewAndPlan()
    {
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        aino.DefaultRequestHeaders.Add("Accept-Language", "en-GB");

        var overview = await aino.GetStringAsync("/overview");
        var plan = await aino.GetStringAsync("/plan");

        Assert.Contains("<html lang=\"fi\">", overview, StringComparison.Ordinal);
        Assert.Contains(">Elinkaaren vaihe</h2>", overview, StringComparison.Ordinal);
        Assert.Contains("<p class=\"big\">Käyttöönotto</p>", overview, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/plan\">Menestyssuunnitelma</a>", overview, StringComparison.Ordinal);
        Assert.Contains("<h1>Menestyssuunnitelma</h1>", plan, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Välitavoite</th><th scope=\"col\">Vastuutaho</th>", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Success plan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormatsPlanDatesByTheCulture()
    {
        await using var db = portal.CreateDb();
        var aurora = await DueDatesShownToAsync(db, "Aurora Terveys Oy");
        var northwind = await DueDatesShownToAsync(db, "Northwind Logistics");
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var finnish = await aino.GetStringAsync("/plan");
        var english = await ben.GetStringAsync("/plan");

        Assert.All(aurora, due => Assert.Contains($"<td>{due.ToString("d.M.yyyy", CultureInfo.InvariantCulture)} ", finnish, StringComparison.Ordinal));
        Assert.All(northwind, due => Assert.Contains($"<td>{due.ToString("M/d/yyyy", CultureInfo.InvariantCulture)} ", english, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GreetsAnItalianBrowserInItalianOnTheSignInPage()
    {
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "it-IT,it;q=0.9,en;q=0.8");

        var page = await client.GetStringAsync("/signin");
        var invalid = await client.PostFormAsync("/signin", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        var errors = await invalid.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"it\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Accedi</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Input_Email\">Indirizzo email</label>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"language-choice\">Lingua</label>", page, StringComparison.Ordinal);
        Assert.Contains("Inserisci il tuo indirizzo email.", errors, StringComparison.Ordinal);
        Assert.Contains("Inserisci la password.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans-CN")]
    [InlineData("zh-SG")]
    [InlineData("zh")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8")]
    [InlineData("de-DE,zh;q=0.7,en;q=0.5")]
    public async Task GreetsAChineseBrowserInSimplifiedChinese(string acceptLanguage)
    {
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await client.GetStringAsync("/signin");

        Assert.Contains("<html lang=\"zh-Hans\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>登录</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Input_Password\">密码</label>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US,zh;q=0.5", "en")]
    [InlineData("zh-TW", "en")]
    [InlineData("fi-FI,zh-CN;q=0.5", "fi")]
    public async Task TakesTheBrowsersFirstSupportedLanguage(string acceptLanguage, string expected)
    {
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await client.GetStringAsync("/signin");

        Assert.Contains($"<html lang=\"{expected}\">", page, StringComparison.Ordinal);
    }

    private static async Task<List<DateOnly>> DueDatesShownToAsync(AdoptionDb db, string account)
    {
        var accountId = await db.Accounts.Where(a => a.Name == account).Select(a => a.Id).SingleAsync();
        var dates = await db.Milestones
            .Where(m => m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == accountId && m.DueDate != null)
            .Select(m => m.DueDate!.Value).ToListAsync();
        Assert.NotEmpty(dates);
        return dates;
    }
}
