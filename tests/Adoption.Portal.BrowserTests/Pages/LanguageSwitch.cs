using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Pages;

/// <summary>The footer's language switch, on every page.</summary>
public sealed class LanguageSwitch(IPage page)
{
    public ILocator Choice => page.Locator("#language-choice");

    public async Task ChooseAsync(string nativeName)
    {
        await Choice.SelectOptionAsync(new SelectOptionValue { Label = nativeName });
        await page.Locator("form.language-switch button[type=submit]").ClickAsync();
    }
}
