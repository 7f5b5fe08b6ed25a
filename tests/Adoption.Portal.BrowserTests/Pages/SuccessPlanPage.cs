using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Pages;

public sealed class SuccessPlanPage(IPage page)
{
    public Task<IResponse?> OpenAsync() => page.GotoAsync("/plan");

    public ILocator Title => page.GetByTestId("plan-title");

    public ILocator Objectives => page.Locator("section.objective h2");

    public ILocator MilestoneLinks => page.Locator("table.milestones a");

    public ILocator StatusMessage => page.GetByRole(AriaRole.Status);

    /// <summary>Rows of the customer's own open tasks: the ones with a "Mark done" button.</summary>
    public ILocator OpenTasks => page.Locator("table.milestones tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Mark done") }) });

    public ILocator Row(string title) => page.Locator("table.milestones tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });

    public async Task<string> FirstOpenTaskTitleAsync() => await OpenTasks.First.GetByRole(AriaRole.Link).InnerTextAsync();

    public Task TickOffAsync(string title) =>
        Row(title).GetByRole(AriaRole.Button, new() { NameRegex = new("^Mark done") }).ClickAsync();

    public Task OpenMilestoneAsync(string title) => Row(title).GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
}
