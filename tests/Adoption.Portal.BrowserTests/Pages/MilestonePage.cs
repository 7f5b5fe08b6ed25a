using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Pages;

/// <summary>One milestone: its facts, its tick box (customer tasks only) and its conversation.</summary>
public sealed class MilestonePage(IPage page)
{
    public ILocator Title => page.GetByTestId("milestone-title");

    public ILocator Status => page.GetByTestId("milestone-status");

    public ILocator StatusMessage => page.GetByRole(AriaRole.Status);

    public ILocator Comments => page.GetByTestId("comment");

    public async Task CommentAsync(string text)
    {
        await page.GetByLabel("Add a comment").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
    }
}
