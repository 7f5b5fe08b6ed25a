using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Pages;

public sealed class SuccessPlanPage(IPage page)
{
    public Task<IResponse?> OpenAsync() => page.GotoAsync("/plan");

    public ILocator Title => page.GetByTestId("plan-title");

    public ILocator Objectives => page.Locator("section.objective h2");

    public ILocator MilestoneLinks => page.Locator("table.milestones a");
}
