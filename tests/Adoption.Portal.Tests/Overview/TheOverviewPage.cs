using System.Globalization;
using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Health;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Overview;

public sealed class TheOverviewPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsHealthWithEveryReasonStageAndRenewalCountdown()
    {
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        AccountHealth health;
        using (var scope = portal.Services.CreateScope())
        {
            health = await scope.ServiceProvider.GetRequiredService<HealthScorer>().ScoreAsync(1, today);
        }

        await using var db = portal.CreateDb();
        var renewal = await db.Accounts.Where(a => a.Id == 1).Select(a => a.RenewalDate).SingleAsync();
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var html = await ben.GetStringAsync("/overview");

        var color = health.Color switch { HealthColor.Green => "Healthy", HealthColor.Yellow => "Needs attention", _ => "At risk" };
        Assert.Contains($"<span class=\"badge {BadgeOf(health.Color)} health-badge\">{color}</span> <span>{health.Score}</span>", html, StringComparison.Ordinal);
        // Risks are the vendor's internal list (decision 0017): the only reason a customer is not told.
        foreach (var reason in health.Reasons.Where(r => r.Key != HealthReasons.OpenRisks))
        {
            Assert.Contains(Adoption.Portal.Web.Plural.Format(CultureInfo.GetCultureInfo("en"), reason.Key, reason.Args), html, StringComparison.Ordinal);
        }

        Assert.Contains("<p class=\"big\">Value</p>", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"renewal-countdown\">in {renewal.DayNumber - today.DayNumber} days</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpeaksTheSignedInPersonsLanguage()
    {
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);

        var html = await aino.GetStringAsync("/overview");

        Assert.Contains("<html lang=\"fi\">", html, StringComparison.Ordinal);
        Assert.Contains("Seuraava askel", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Northwind", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PointsToTheMostUsefulNextStepForThePerson()
    {
        var overdue = await NewTaskAsync("Send the depot list", OwnerSide.Customer, dueInDays: -1000);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        // The oldest overdue task of the customer's team comes first, for everyone at the account.
        Assert.Contains($"<a class=\"button primary\" href=\"/plan/milestones/{overdue}\" data-testid=\"next-step-link\">Open the task</a>", await anna.GetStringAsync("/overview"), StringComparison.Ordinal);
        Assert.Contains("Your team's task \"Send the depot list\" is overdue.", await ben.GetStringAsync("/overview"), StringComparison.Ordinal);

        await CloseCustomerTasksAsync();
        int unsigned;
        await using (var db = portal.CreateDb())
        {
            unsigned = await db.ValueEntries.Where(v => v.AccountId == 1 && v.CustomerVisible && v.CustomerSignedOffAt == null).OrderBy(v => v.AchievedOn).Select(v => v.Id).FirstAsync();
        }

        // Then value awaiting sign-off, which only an admin can give.
        Assert.Contains($"href=\"/value#value-{unsigned}\" data-testid=\"next-step-link\">Review and sign off</a>", await anna.GetStringAsync("/overview"), StringComparison.Ordinal);
        var forBen = await ben.GetStringAsync("/overview");
        Assert.DoesNotContain("/value#value-", forBen, StringComparison.Ordinal);
        Assert.Matches("href=\"/(training|plan)[^\"]*\" data-testid=\"next-step-link\"", forBen);
    }

    [Fact]
    public async Task AnswersCsmsWithForbidden()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await maria.GetAsync("/overview");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await maria.GetAsync(response.Headers.Location)).StatusCode);
    }

    private static string BadgeOf(HealthColor color) => color switch { HealthColor.Green => "badge-green", HealthColor.Yellow => "badge-yellow", _ => "badge-red" };

    private async Task<int> NewTaskAsync(string title, OwnerSide owner, int dueInDays)
    {
        await using var db = portal.CreateDb();
        var objective = await db.Objectives.OrderBy(o => o.Id).FirstAsync(o => o.Plan!.AccountId == 1 && o.CustomerVisible);
        var task = new Milestone
        {
            ObjectiveId = objective.Id, Title = title, Owner = owner, Status = MilestoneStatus.InProgress,
            DueDate = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(dueInDays), Order = 60,
        };
        db.Milestones.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    }

    private async Task CloseCustomerTasksAsync()
    {
        await using var db = portal.CreateDb();
        await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 1 && m.Owner == OwnerSide.Customer)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MilestoneStatus.Done));
    }
}
