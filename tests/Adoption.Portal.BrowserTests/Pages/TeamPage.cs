using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Pages;

/// <summary>The customer admin's team page.</summary>
public sealed class TeamPage(IPage page)
{
    public Task<IResponse?> OpenAsync() => page.GotoAsync("/team");

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public async Task InviteAsync(string name, string email)
    {
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
    }
}
