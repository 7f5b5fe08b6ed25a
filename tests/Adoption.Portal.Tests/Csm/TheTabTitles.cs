using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;

namespace Adoption.Portal.Tests.Csm;

/// <summary>Browser tabs name the section and the account, never a type name.</summary>
public sealed class TheTabTitles(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/plan", "Success plan")]
    [InlineData("/value", "Value")]
    [InlineData("/training", "Training")]
    [InlineData("/relationship", "Notes and outreach")]
    [InlineData("/risks", "Risks")]
    [InlineData("/revenue", "Revenue")]
    [InlineData("/review", "Business review")]
    public async Task NameTheSectionAndTheAccount(string tab, string section)
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = WebUtility.HtmlDecode(await maria.GetStringAsync($"/csm/accounts/3{tab}"));

        Assert.Contains($"<title>{section} · Sapori Toscani S.p.A. · Adoption</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("LocalizedHtmlString", html, StringComparison.Ordinal);
    }
}
