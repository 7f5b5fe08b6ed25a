using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Pages;

/// <summary>The sign-in form, as a person uses it. Fields are found by their ids, not their labels:
/// the form speaks the browser's language before anyone has signed in.</summary>
public sealed class SignInPage(IPage page)
{
    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/signin");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }
}
