using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Benchmarks.Pages;

/// <summary>Replaces an account's demo plan with a big one: 20 objectives, 100 milestones, metrics and comments.</summary>
internal static class BigPlan
{
    public static async Task WriteAsync(string databasePath, int accountId, int objectives = 20, int milestonesPerObjective = 5)
    {
        var options = new DbContextOptionsBuilder<SqliteAdoptionDb>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new SqliteAdoptionDb(options);
        var plan = await db.Plans.Include(p => p.Objectives).SingleAsync(p => p.AccountId == accountId);
        await db.PlanComments.Where(c => c.PlanId == plan.Id).ExecuteDeleteAsync();
        db.Objectives.RemoveRange(plan.Objectives);
        await db.SaveChangesAsync();

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTime.UtcNow;
        for (var o = 1; o <= objectives; o++)
        {
            plan.Objectives.Add(new Objective
            {
                Title = $"Objective {o}: reduce manual work in area {o}",
                Description = "Agreed with the sponsor at the kick-off; reviewed every quarter.",
                Order = o,
                Metrics = [new OutcomeMetric { Name = $"Hours of manual work in area {o}", Unit = "hours/month", Baseline = 100, Target = 20, Current = 100 - (o * 4), UpdatedAt = now }],
                Milestones = Enumerable.Range(1, milestonesPerObjective).Select(m => new Milestone
                {
                    Title = $"Milestone {o}.{m}: step {m} of the rollout",
                    Owner = m % 2 == 0 ? OwnerSide.Vendor : OwnerSide.Customer,
                    DueDate = today.AddDays((o * 7) + (m * 3) - 60),
                    Status = (MilestoneStatus)((o + m) % 4),
                    Order = m,
                }).ToList(),
            });
        }

        await db.SaveChangesAsync();
        var firstMilestones = plan.Objectives.Select(o => o.Milestones[0]).ToList();
        db.PlanComments.AddRange(firstMilestones.Select(m => new PlanComment
        {
            PlanId = plan.Id, ObjectiveId = m.ObjectiveId, MilestoneId = m.Id, AuthorUserId = "benchmark", AuthorName = "Benchmark",
            Body = "Looks good to us.", CreatedAt = now,
        }));
        await db.SaveChangesAsync();
    }
}
