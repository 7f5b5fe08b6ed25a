using Adoption.Portal.BrowserTests.Pages;
using Adoption.Portal.Demo;

namespace Adoption.Portal.BrowserTests.Journeys;

public sealed class SeeingTheSuccessPlan(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task ACustomerSignsInAndSeesTheirPlan()
    {
        var page = await portal.NewPageAsync();
        await new SignInPage(page).SignInAsync(DemoSignIns.CustomerAdmin.Email, DemoSignIns.Password);

        Assert.EndsWith("/overview", page.Url, StringComparison.Ordinal);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Open the success plan" }).ClickAsync();

        var plan = new SuccessPlanPage(page);
        Assert.Equal("Northwind Logistics: Operational visibility", await plan.Title.InnerTextAsync());
        Assert.Equal(["Go live with the core team", "Replace the weekly spreadsheet", "Catch exceptions before customers do"], await plan.Objectives.AllInnerTextsAsync());
    }

    [Fact]
    public async Task ACustomerOfAnotherAccountCannotOpenThatPlansItems()
    {
        var anna = await portal.NewPageAsync();
        await new SignInPage(anna).SignInAsync(DemoSignIns.CustomerAdmin.Email, DemoSignIns.Password);
        var plan = new SuccessPlanPage(anna);
        await plan.OpenAsync();
        var milestoneUrl = await plan.MilestoneLinks.First.GetAttributeAsync("href");
        Assert.Equal(200, (await anna.GotoAsync(milestoneUrl!))!.Status);

        var aino = await portal.NewPageAsync("fi-FI");
        await new SignInPage(aino).SignInAsync(DemoSignIns.OtherCustomer.Email, DemoSignIns.Password);
        var response = await aino.GotoAsync(milestoneUrl!);

        Assert.Equal(404, response!.Status);
        await new SuccessPlanPage(aino).OpenAsync();
        Assert.DoesNotContain("Northwind", await aino.ContentAsync(), StringComparison.Ordinal);
    }
}
