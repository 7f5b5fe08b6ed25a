using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Csm;

/// <summary>Authoring a success plan: from a template, then objectives, metrics and milestones, as the customer will see them.</summary>
public sealed class ThePlanEditor(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Northwind = 1;
    private const int Yunqi = 10;

    [Fact]
    public async Task StartsAPlanFromATemplateWithDueDatesCountedFromTheStartDay()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var template = await db.PlanTemplates.SingleAsync(t => t.Name == "Fast start for small teams");

        var response = await maria.SubmitAsync($"/csm/accounts/{Yunqi}/plan", "Create", new() { ["Create.TemplateId"] = $"{template.Id}", ["Create.Start"] = "2026-03-02" });

        Assert.Contains("Plan created from Fast start for small teams.", await maria.FollowAsync(response), StringComparison.Ordinal);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Objectives).ThenInclude(o => o.Milestones).SingleAsync(p => p.AccountId == Yunqi);
        Assert.Equal("杭州云启科技: Fast start for small teams", plan.Title);
        Assert.Equal("杭州云启科技: 小团队快速起步", plan.Texts["zh-Hans"].Title);
        Assert.Equal("全员在产品中工作", plan.Objectives.OrderBy(o => o.Order).First().Texts["zh-Hans"].Title);
        Assert.Equal(["Everyone working in the product", "First report on autopilot"], plan.Objectives.OrderBy(o => o.Order).Select(o => o.Title));
        var milestones = plan.Objectives.SelectMany(o => o.Milestones).ToDictionary(m => m.Title);
        Assert.Equal(new DateOnly(2026, 3, 5), milestones["Welcome call and goals agreed"].DueDate);
        Assert.False(milestones["Check usage before the first renewal reminder"].CustomerVisible);
    }

    [Fact]
    public async Task RefusesASecondPlanForTheSameAccount()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var fields = new Dictionary<string, string> { ["Create.TemplateId"] = "1", ["Create.Start"] = "2026-03-02" };

        var response = await maria.PostFormAsync($"/csm/accounts/{Northwind}/plan", fields, $"/csm/accounts/{Northwind}/plan?handler=Create");

        Assert.Contains("This account already has a plan. Delete it first to start again.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.Equal(1, await db.Plans.CountAsync(p => p.AccountId == Northwind));
    }

    [Fact]
    public async Task ShowsTheCustomerOnlyWhatIsMarkedVisible()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        await maria.SubmitAsync($"/csm/accounts/{Northwind}/plan", "AddObjective", new() { ["NewObjective.Title"] = "Open a warehouse in Tampere", ["NewObjective.CustomerVisible"] = "false" });
        await maria.SubmitAsync($"/csm/accounts/{Northwind}/plan", "AddObjective", new() { ["NewObjective.Title"] = "Train the night shift" });

        var plan = await ben.GetStringAsync("/plan");
        Assert.Contains("Train the night shift", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Open a warehouse in Tampere", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepsAMilestonesUsageRuleAndCompletionTime()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var milestone = await db.Milestones.FirstAsync(m => m.Objective!.Plan!.AccountId == 3 && m.Status != MilestoneStatus.Done);

        var response = await maria.SubmitAsync($"/csm/milestones/{milestone.Id}", null, new()
        {
            ["Input.Status"] = "Done", ["Input.AutoCompleteFeatureId"] = "2", ["Input.AutoCompleteUserCount"] = "4", ["Input.Owner"] = "Vendor",
        });

        Assert.Contains("Milestone saved.", await maria.FollowAsync(response), StringComparison.Ordinal);
        var saved = await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == milestone.Id);
        Assert.Equal((MilestoneStatus.Done, OwnerSide.Vendor, 2, 4), (saved.Status, saved.Owner, saved.AutoCompleteFeatureId, saved.AutoCompleteUserCount));
        Assert.Equal(portal.Clock.GetUtcNow().UtcDateTime, saved.CompletedAt);
    }

    [Fact]
    public async Task AsksHowManyPeopleWhenAMilestoneCompletesFromUsage()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var milestone = await db.Milestones.FirstAsync(m => m.Objective!.Plan!.AccountId == 4);

        var response = await maria.SubmitAsync($"/csm/milestones/{milestone.Id}", null, new() { ["Input.AutoCompleteFeatureId"] = "2", ["Input.AutoCompleteUserCount"] = "", ["Input.Title"] = "" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Say how many people must use the feature.", html, StringComparison.Ordinal);
        Assert.Contains("Name the milestone.", html, StringComparison.Ordinal);
        Assert.Equal(milestone.Title, (await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == milestone.Id)).Title);
    }

    [Fact]
    public async Task TellsTheSecondOfTwoEditorsThatSomeoneElseChangedTheMilestone()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var id = await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 5).Select(m => m.Id).FirstAsync();
        var page = $"/csm/milestones/{id}";
        var first = HtmlForms.Form(await maria.GetStringAsync(page), page);
        var second = HtmlForms.Form(await maria.GetStringAsync(page), page);

        first.Fields["Input.Title"] = "First editor's title";
        second.Fields["Input.Title"] = "Second editor's title";
        using var firstContent = new FormUrlEncodedContent(first.Fields);
        Assert.Equal(HttpStatusCode.Redirect, (await maria.PostAsync(first.Action, firstContent)).StatusCode);
        using var secondContent = new FormUrlEncodedContent(second.Fields);
        var response = await maria.PostAsync(second.Action, secondContent);

        Assert.Contains("Someone else changed this milestone while you were editing.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("First editor's title", (await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == id)).Title);
    }

    [Fact]
    public async Task UpdatesAMetricTheCustomerSeesMoving()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        await using var db = portal.CreateDb();
        var metric = await db.Metrics.FirstAsync(m => db.Objectives.Any(o => o.Id == m.ObjectiveId && o.Plan!.AccountId == Northwind && o.Order == 2));

        var response = await maria.SubmitAsync($"/csm/metrics/{metric.Id}", null, new() { ["Input.Current"] = "22.5" });

        Assert.Contains("Metric saved.", await maria.FollowAsync(response), StringComparison.Ordinal);
        Assert.Equal(22.5m, (await db.Metrics.AsNoTracking().SingleAsync(m => m.Id == metric.Id)).Current);
        Assert.Contains("<strong>22.5</strong>", await ben.GetStringAsync("/plan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletesAPlanOnlyOnceConfirmedAndKeepsTheValueLedger()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var objective = await db.Objectives.FirstAsync(o => o.Plan!.AccountId == 7);
        var entry = await db.ValueEntries.FirstAsync(v => v.AccountId == 7);
        entry.ObjectiveId = objective.Id;
        await db.SaveChangesAsync();

        var unconfirmed = await maria.SubmitAsync("/csm/accounts/7/plan", "Delete");
        Assert.Contains("Tick the box to confirm", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await db.Plans.AnyAsync(p => p.AccountId == 7));

        var confirmed = await maria.SubmitAsync("/csm/accounts/7/plan", "Delete", new() { ["ConfirmDelete"] = "true" });
        Assert.Contains("Plan deleted.", await maria.FollowAsync(confirmed), StringComparison.Ordinal);
        Assert.False(await db.Plans.AnyAsync(p => p.AccountId == 7));
        Assert.Null((await db.ValueEntries.AsNoTracking().SingleAsync(v => v.Id == entry.Id)).ObjectiveId);
    }
}
