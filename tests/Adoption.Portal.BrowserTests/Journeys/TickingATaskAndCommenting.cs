using Adoption.Portal.BrowserTests.Pages;
using Adoption.Portal.Demo;
using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Journeys;

public sealed class TickingATaskAndCommenting(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task ACustomerTicksATaskAndCommentsWithoutJavaScript()
    {
        // Plain forms all the way: the journey must work with scripts off.
        var context = await portal.NewContextAsync(new() { BaseURL = portal.BaseUrl, Locale = "en-GB", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await new SignInPage(page).SignInAsync(DemoSignIns.CustomerUser.Email, DemoSignIns.Password);
        var plan = new SuccessPlanPage(page);
        await plan.OpenAsync();
        var task = await plan.FirstOpenTaskTitleAsync();

        await plan.TickOffAsync(task);

        Assert.Equal($"Ticked off: {task}", await plan.StatusMessage.InnerTextAsync());
        Assert.Equal("Done", await plan.Row(task).Locator("td").Nth(3).InnerTextAsync());
        Assert.Equal(1, await plan.Row(task).GetByRole(AriaRole.Button, new() { NameRegex = new("^Reopen") }).CountAsync());

        await plan.OpenMilestoneAsync(task);
        var milestone = new MilestonePage(page);
        Assert.Equal(task, await milestone.Title.InnerTextAsync());
        Assert.Equal("Done", await milestone.Status.InnerTextAsync());
        var before = await milestone.Comments.CountAsync();

        await milestone.CommentAsync("Done on our side: the spreadsheet is archived.");

        Assert.Equal("Your comment was added.", await milestone.StatusMessage.InnerTextAsync());
        Assert.Equal(before + 1, await milestone.Comments.CountAsync());
        var added = milestone.Comments.Last;
        Assert.StartsWith("Ben Carter · ", await added.Locator("p.muted").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Done on our side: the spreadsheet is archived.", await added.Locator("p.comment-body").InnerTextAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task AnEmptyCommentIsRefusedBesideTheField()
    {
        var page = await portal.NewPageAsync();
        await new SignInPage(page).SignInAsync(DemoSignIns.CustomerAdmin.Email, DemoSignIns.Password);
        var plan = new SuccessPlanPage(page);
        await plan.OpenAsync();
        await plan.MilestoneLinks.First.ClickAsync();
        var milestone = new MilestonePage(page);
        var before = await milestone.Comments.CountAsync();

        await milestone.CommentAsync("");

        Assert.Equal("Write a comment first.", await page.Locator("#comment-body-error").InnerTextAsync());
        Assert.Equal("true", await page.GetByLabel("Add a comment").GetAttributeAsync("aria-invalid"));
        Assert.Equal(before, await milestone.Comments.CountAsync());
    }
}
