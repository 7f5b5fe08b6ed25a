using System.Globalization;
using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Plan;

/// <summary>Customers comment on any visible objective or milestone; internal items and comments stay the vendor's.</summary>
public sealed class CommentingOnThePlan(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AddsACommentToAMilestoneUnderTheAuthorsName()
    {
        var erp = await MilestoneIdAsync("Connect the ERP");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var response = await ben.PostFormAsync($"/plan/milestones/{erp}", new() { ["Comment.Body"] = "  The sandbox is ready for testing.  " }, $"/plan/milestones/{erp}?handler=Comment");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await ben.GetStringAsync($"/plan/milestones/{erp}");
        Assert.Contains("Your comment was added.", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"comment-body\">The sandbox is ready for testing.</p>", html, StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        var saved = await db.PlanComments.SingleAsync(c => c.Body == "The sandbox is ready for testing.");
        Assert.Equal(("Ben Carter", erp, false), (saved.AuthorName, saved.MilestoneId, saved.Internal));
    }

    [Fact]
    public async Task AddsACommentToAnObjective()
    {
        await using var db = portal.CreateDb();
        var objective = await db.Objectives.SingleAsync(o => o.Plan!.AccountId == 1 && o.Title == "Catch exceptions before customers do");
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await anna.PostFormAsync($"/plan/objectives/{objective.Id}", new() { ["Comment.Body"] = "Depot 4 joins next month." }, $"/plan/objectives/{objective.Id}?handler=Comment");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Depot 4 joins next month.", await anna.GetStringAsync($"/plan/objectives/{objective.Id}"), StringComparison.Ordinal);
        Assert.Equal(1, await db.PlanComments.CountAsync(c => c.ObjectiveId == objective.Id && c.MilestoneId == null && c.AuthorName == "Anna Berg"));
    }

    [Fact]
    public async Task ShowsThePublicConversationButNeverInternalComments()
    {
        var erp = await MilestoneIdAsync("Connect the ERP");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var html = await ben.GetStringAsync($"/plan/milestones/{erp}");

        Assert.Contains("Our IT has the credentials now; we can start the connection on Tuesday.", html, StringComparison.Ordinal);
        Assert.Contains("Great. Our integration engineer is booked for Tuesday afternoon.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("managed connector", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesCommentsOnInternalItemsAndOtherAccountsAndAddsNothing()
    {
        await using var db = portal.CreateDb();
        var internalObjective = await db.Objectives.Where(o => o.Plan!.AccountId == 1 && !o.CustomerVisible).Select(o => o.Id).FirstAsync();
        var internalMilestone = await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 1 && !m.CustomerVisible).Select(m => m.Id).FirstAsync();
        var auroraMilestone = await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 2 && m.CustomerVisible).Select(m => m.Id).FirstAsync();
        var auroraObjective = await db.Objectives.Where(o => o.Plan!.AccountId == 2 && o.CustomerVisible).Select(o => o.Id).FirstAsync();
        var before = await db.PlanComments.CountAsync();
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        foreach (var url in new[] { $"/plan/objectives/{internalObjective}", $"/plan/milestones/{internalMilestone}", $"/plan/milestones/{auroraMilestone}", $"/plan/objectives/{auroraObjective}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync(url)).StatusCode);
            var response = await ben.PostFormAsync("/plan", new() { ["Comment.Body"] = "Sneaky." }, $"{url}?handler=Comment");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(before, await db.PlanComments.CountAsync());
    }

    [Fact]
    public async Task AsksForTextWhenTheCommentIsEmptyOrTooLong()
    {
        var erp = await MilestoneIdAsync("Connect the ERP");
        await using var db = portal.CreateDb();
        var before = await db.PlanComments.CountAsync();
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var empty = await ben.PostFormAsync($"/plan/milestones/{erp}", new() { ["Comment.Body"] = "   " }, $"/plan/milestones/{erp}?handler=Comment");
        var tooLong = await ben.PostFormAsync($"/plan/milestones/{erp}", new() { ["Comment.Body"] = new string('x', 4001) }, $"/plan/milestones/{erp}?handler=Comment");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("<span id=\"comment-body-error\" class=\"field-error\">Write a comment first.</span>", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, "Keep the comment under {0} characters.", 4000), await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await db.PlanComments.CountAsync());
    }

    [Fact]
    public async Task ListsTheVisibleCommentCountOnThePlan()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        await using var db = portal.CreateDb();
        var erp = await MilestoneIdAsync("Connect the ERP");
        var visible = await db.PlanComments.CountAsync(c => c.MilestoneId == erp && !c.Internal);

        var html = await ben.GetStringAsync("/plan");

        Assert.Contains($"<a href=\"/plan/milestones/{erp}\">Connect the ERP</a> <span class=\"muted\"> · Comments: {visible}</span>", html, StringComparison.Ordinal);
    }

    private async Task<int> MilestoneIdAsync(string title)
    {
        await using var db = portal.CreateDb();
        return await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 1 && m.Title == title).Select(m => m.Id).SingleAsync();
    }
}
