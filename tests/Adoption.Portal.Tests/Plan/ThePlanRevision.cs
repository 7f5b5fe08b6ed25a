using Adoption.Portal.Data;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Plan;

/// <summary>The database raises a plan's revision on every change under it, whoever writes it, and the
/// plan page (which reuses its rendering until the revision moves) shows each change at once.</summary>
public sealed class ThePlanRevision(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RisesForEveryKindOfWriteUnderThePlanAndOnlyForThatPlan()
    {
        await using var db = portal.CreateDb();
        var plan = await db.Plans.SingleAsync(p => p.AccountId == 1);
        var objective = await db.Objectives.FirstAsync(o => o.PlanId == plan.Id);
        // Another plan that the portal's own background work (completing milestones from usage) leaves alone.
        var quiet = await db.Plans.Where(p => p.AccountId == 2).Select(p => p.Id).SingleAsync();
        await db.Milestones.Where(m => m.Objective!.PlanId == quiet).ExecuteUpdateAsync(s => s.SetProperty(m => m.AutoCompleteFeatureId, (int?)null));
        var writes = new (string Name, Func<Task> Write)[]
        {
            ("a tracked milestone insert", async () =>
            {
                db.Milestones.Add(new Milestone { ObjectiveId = objective.Id, Title = "Revision check", Owner = OwnerSide.Customer });
                await db.SaveChangesAsync();
            }),
            ("a bulk milestone update", () => db.Milestones.Where(m => m.Title == "Revision check").ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MilestoneStatus.Done))),
            ("a metric change by hand-written SQL", () => db.Database.ExecuteSqlAsync($"UPDATE Metrics SET \"Current\" = \"Current\" + 1 WHERE ObjectiveId = {objective.Id}")),
            ("a tracked comment", async () =>
            {
                db.PlanComments.Add(new PlanComment { PlanId = plan.Id, ObjectiveId = objective.Id, AuthorUserId = "test", AuthorName = "Test", Body = "Revision check" });
                await db.SaveChangesAsync();
            }),
            ("an objective renamed in bulk", () => db.Objectives.Where(o => o.Id == objective.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Title, o => o.Title + "."))),
            ("a bulk milestone delete", () => db.Milestones.Where(m => m.Title == "Revision check").ExecuteDeleteAsync()),
        };

        foreach (var (name, write) in writes)
        {
            var before = await RevisionsAsync();
            await write();
            var after = await RevisionsAsync();

            Assert.True(after[plan.Id] > before[plan.Id], $"{name} left the revision at {before[plan.Id]}");
            Assert.True(after[quiet] == before[quiet], $"{name} moved another plan's revision too");
        }
    }

    [Fact]
    public async Task ShowsAChangeWrittenBehindThePortalsBackOnTheNextVisit()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        Assert.Contains("Connect the ERP", await ben.GetStringAsync("/plan"), StringComparison.Ordinal);

        await using (var db = portal.CreateDb())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE Milestones SET Title = 'Connect the ERP and the WMS' WHERE Title = 'Connect the ERP'");
        }

        Assert.Contains("Connect the ERP and the WMS", await ben.GetStringAsync("/plan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepsEachLanguagesRenderingApart()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var english = await anna.GetStringAsync("/plan");

        await anna.PostFormAsync("/plan", new() { ["culture"] = "fi", ["returnUrl"] = "/plan" }, "/language");
        var finnish = await anna.GetStringAsync("/plan");

        Assert.Contains("<td>Your team</td>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Your team</td>", finnish, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fi\">", finnish, StringComparison.Ordinal);
    }

    private async Task<Dictionary<int, long>> RevisionsAsync()
    {
        await using var db = portal.CreateDb();
        return await db.Plans.IgnoreQueryFilters().ToDictionaryAsync(p => p.Id, p => p.ContentRevision);
    }
}
