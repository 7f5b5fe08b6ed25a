using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Pages;

/// <summary>Where an invitation email's link lands.</summary>
public sealed class InvitationPage(IPage page)
{
    public async Task AcceptAsync(string password)
    {
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Password again", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Join and sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/invitations/", StringComparison.Ordinal));
    }
}
