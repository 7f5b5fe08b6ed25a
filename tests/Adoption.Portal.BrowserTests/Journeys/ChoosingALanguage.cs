using Adoption.Portal.BrowserTests.Pages;

namespace Adoption.Portal.BrowserTests.Journeys;

public sealed class ChoosingALanguage(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AVisitorSwitchesTheSignInPageToFinnishWithoutJavaScript()
    {
        var page = await portal.NewPageAsync("en-GB", javaScript: false);
        await page.GotoAsync("/signin?ReturnUrl=%2Fplan");
        Assert.Equal("Sign in", await page.Locator("h1").InnerTextAsync());

        await new LanguageSwitch(page).ChooseAsync("Suomi");

        Assert.EndsWith("/signin?ReturnUrl=%2Fplan", page.Url, StringComparison.Ordinal);
        Assert.Equal("Kirjaudu sisään", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("fi", await new LanguageSwitch(page).Choice.InputValueAsync());
    }
}
