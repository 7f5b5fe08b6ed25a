using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Training;

/// <summary>Completes plan milestones tied to training: once enough people at the account finished the path
/// (or the one module), the milestone is done, as if someone had ticked it, and its version moves on.</summary>
internal static class TrainingMilestones
{
    public static async Task<int> RunAsync(AdoptionDb db, DateTime now, CancellationToken cancellationToken)
    {
        var rules = await db.TrainingMilestoneRules.AsNoTracking()
            .Where(r => db.Milestones.Any(m => m.Id == r.MilestoneId && m.Status != MilestoneStatus.Done))
            .ToListAsync(cancellationToken);
        var completed = 0;
        foreach (var rule in rules)
        {
            var people = rule.ModuleId is { } moduleId
                ? await db.ModuleCompletions.Where(c => c.ModuleId == moduleId)
                    .Join(db.Enrolments.Where(e => e.AccountId == rule.AccountId), c => c.EnrolmentId, e => e.Id, (c, e) => e.ContactId)
                    .Distinct().CountAsync(cancellationToken)
                : await db.Enrolments.CountAsync(e => e.AccountId == rule.AccountId && e.PathId == rule.PathId && e.CompletedAt != null, cancellationToken);
            if (people < rule.People)
            {
                continue;
            }

            // A milestone someone closed meanwhile is left alone; the version bump tells open editors.
            completed += await db.Milestones
                .Where(m => m.Id == rule.MilestoneId && m.Status != MilestoneStatus.Done)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, MilestoneStatus.Done)
                    .SetProperty(m => m.CompletedAt, now)
                    .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        }

        return completed;
    }
}
