using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Pages.Customer.Plan;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Plan;

/// <summary>Customers tick off their own team's tasks; vendor tasks, internal items and other accounts stay untouched.</summary>
public sealed class TickingTasks(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MarksTheCustomersOwnTaskDoneAndSaysSo()
    {
        var task = await NewTaskAsync("Invite the night shift");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var response = await Tick(ben, task, done: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/plan", response.Headers.Location?.OriginalString);
        Assert.Contains($"Ticked off: {task.Title}", await ben.GetStringAsync("/plan"), StringComparison.Ordinal);
        var saved = await ReloadAsync(task.Id);
        Assert.Equal(MilestoneStatus.Done, saved.Status);
        Assert.Equal(portal.Clock.GetUtcNow().UtcDateTime, saved.CompletedAt);
        Assert.Equal(task.Version + 1, saved.Version);
    }

    [Fact]
    public async Task ReopensATaskTheCustomerTickedByMistake()
    {
        var task = await NewTaskAsync("Train the depot leads", status: MilestoneStatus.Done);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        Assert.Equal(HttpStatusCode.Redirect, (await Tick(anna, task, done: false)).StatusCode);

        var saved = await ReloadAsync(task.Id);
        Assert.Equal(MilestoneStatus.InProgress, saved.Status);
        Assert.Null(saved.CompletedAt);
    }

    [Fact]
    public async Task LeavesVendorTasksReadOnly()
    {
        var vendorTask = await NewTaskAsync("Prepare the alert workshop", OwnerSide.Vendor);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await Tick(anna, vendorTask, done: vendorTask.Status != MilestoneStatus.Done);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"&quot;{vendorTask.Title}&quot; is our team&#x27;s task; only your team&#x27;s tasks can be ticked off here.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(vendorTask.Version, (await ReloadAsync(vendorTask.Id)).Version);
        Assert.DoesNotContain($"data-testid=\"tick-{vendorTask.Id}\"", await anna.GetStringAsync("/plan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersNotFoundForAnotherAccountsTaskAndChangesNothing()
    {
        var northwindTask = await NewTaskAsync("Clean up the carrier list");
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await Tick(aino, northwindTask, done: true, page: "/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aino.GetAsync($"/plan/milestones/{northwindTask.Id}")).StatusCode);
        Assert.Equal(northwindTask.Version, (await ReloadAsync(northwindTask.Id)).Version);
    }

    [Fact]
    public async Task AnswersNotFoundForAnInternalTask()
    {
        // An internal customer-side task: the owner side alone must not make it reachable.
        var hidden = await NewTaskAsync("Internal: chase the budget owner", status: MilestoneStatus.NotStarted, visible: false);
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await Tick(ben, hidden, done: true)).StatusCode);
        Assert.DoesNotContain("chase the budget owner", await ben.GetStringAsync("/plan"), StringComparison.Ordinal);
        Assert.Equal(MilestoneStatus.NotStarted, (await ReloadAsync(hidden.Id)).Status);
    }

    [Fact]
    public async Task ReportsAChangeBySomeoneElseInsteadOfOverwritingIt()
    {
        var task = await NewTaskAsync("Agree the alert owners");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await Tick(anna, task, done: true)).StatusCode);

        // Ben still has the page from before Anna's change: he reopens what he saw as open.
        var response = await Tick(ben, task, done: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"&quot;{task.Title}&quot; was changed by someone else while you were looking.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await ReloadAsync(task.Id);
        Assert.Equal(MilestoneStatus.Done, saved.Status);
        Assert.Equal(task.Version + 1, saved.Version);
    }

    [Fact]
    public async Task WorksFromTheMilestonePageToo()
    {
        var task = await NewTaskAsync("Share the dashboard with sales");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var response = await Tick(ben, task, done: true, page: $"/plan/milestones/{task.Id}");

        Assert.Equal($"/plan/milestones/{task.Id}", response.Headers.Location?.OriginalString);
        Assert.Contains("data-testid=\"milestone-status\">Done<", await ben.GetStringAsync($"/plan/milestones/{task.Id}"), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Tick(HttpClient client, Milestone task, bool done, string page = "/plan") =>
        client.PostFormAsync(page, new() { ["Tick.Key"] = TickInput.KeyFor(task.Id, task.Version, done) }, $"{page}?handler=Tick");

    /// <summary>A task of Northwind's (account 1) that only this test touches.</summary>
    private async Task<Milestone> NewTaskAsync(string title, OwnerSide owner = OwnerSide.Customer, MilestoneStatus status = MilestoneStatus.InProgress, bool visible = true)
    {
        await using var db = portal.CreateDb();
        var objective = await db.Objectives.OrderBy(o => o.Id).FirstAsync(o => o.Plan!.AccountId == 1 && o.CustomerVisible);
        var task = new Milestone { ObjectiveId = objective.Id, Title = title, Owner = owner, Status = status, CustomerVisible = visible, Order = 50 };
        db.Milestones.Add(task);
        await db.SaveChangesAsync();
        return task;
    }

    private async Task<Milestone> ReloadAsync(int id)
    {
        await using var db = portal.CreateDb();
        return await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
