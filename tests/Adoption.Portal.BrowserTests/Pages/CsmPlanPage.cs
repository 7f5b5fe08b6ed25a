using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Pages;

/// <summary>An account's success plan in the CSM workspace.</summary>
public sealed class CsmPlanPage(IPage page)
{
    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator Objectives => page.Locator("section.objective h2");

    public Task OpenTabAsync() => page.GetByRole(AriaRole.Navigation, new() { Name = "Account sections" }).GetByRole(AriaRole.Link, new() { Name = "Success plan" }).ClickAsync();

    public async Task DeleteAsync()
    {
        await page.GetByLabel("Yes, delete this plan").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete plan" }).ClickAsync();
    }

    public async Task CreateFromTemplateAsync(string template)
    {
        await page.GetByLabel("Template", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = template });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
    }

    public async Task AddObjectiveAsync(string title, string description)
    {
        var form = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Add objective" }) });
        await form.GetByLabel("Title").FillAsync(title);
        await form.GetByLabel("Description").FillAsync(description);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add objective" }).ClickAsync();
    }
}
