using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Pages;

/// <summary>The CSM's portfolio: a filterable table of accounts.</summary>
public sealed class CsmPortfolioPage(IPage page)
{
    public Task<IResponse?> OpenAsync() => page.GotoAsync("/csm");

    public async Task SearchAsync(string text)
    {
        await page.GetByLabel("Search").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
    }

    public Task OpenAccountAsync(string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
}
