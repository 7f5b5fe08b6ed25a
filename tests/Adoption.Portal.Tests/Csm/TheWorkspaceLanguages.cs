using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Csm;

/// <summary>The workspace speaks the CSM's profile language: views, partials and form messages alike.</summary>
public sealed class TheWorkspaceLanguages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Tom = "tom.csm@adoption.example";

    [Theory]
    [InlineData("fi", "Asiakassalkku", "Näytetään 1–12 / 12 asiakkuutta", "Muistiinpanot ja yhteydenotot", "Yhteydenottoa ei voi kirjata tulevaisuuteen.")]
    [InlineData("it", "Portafoglio", "Account da 1 a 12 di 12", "Note e contatti", "Non si può registrare un contatto nel futuro.")]
    [InlineData("zh-Hans", "客户组合", "显示第 1–12 个，共 12 个客户", "备注与联络", "不能记录未来日期的联络。")]
    public async Task ShowsTheWorkspaceInTheCsmsLanguage(string locale, string portfolio, string count, string tab, string futureOutreach)
    {
        await using (var db = portal.CreateDb())
        {
            var tom = await db.Users.SingleAsync(u => u.Email == Tom);
            tom.Locale = locale;
            await db.SaveChangesAsync();
        }

        var client = await portal.SignInAsync(Tom);
        var list = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/csm"));
        var account = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/csm/accounts/2"));
        var refused = await client.SubmitAsync("/csm/accounts/2/relationship", "Touchpoint", new() { ["Touchpoint.OccurredOn"] = "2999-01-01", ["Touchpoint.Summary"] = "x" });

        Assert.Contains($"<h1>{portfolio}</h1>", list, StringComparison.Ordinal);
        Assert.Contains(count, list, StringComparison.Ordinal);
        Assert.Contains(tab, account, StringComparison.Ordinal);
        Assert.Contains(futureOutreach, System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
