namespace Adoption.Portal.Pages.Csm.Plans;

/// <summary>
/// Deletes parts of a plan in the database in one transaction. Comments are removed first and value
/// entries are unlinked (they stay in the ledger), because neither cascades from objectives or
/// milestones (SQL Server allows only one cascade path). Each delete matches the version the CSM saw;
/// false means someone changed it first and nothing was deleted.
/// </summary>
public static class PlanRemoval
{
    public static Task<bool> DeletePlanAsync(AdoptionDb db, int planId, int version) =>
        InTransactionAsync(db, async () =>
        {
            await UnlinkValueAsync(db, db.Objectives.Where(o => o.PlanId == planId).Select(o => o.Id));
            await db.PlanComments.Where(c => c.PlanId == planId).ExecuteDeleteAsync();
            return await db.Plans.Where(p => p.Id == planId && p.Version == version).ExecuteDeleteAsync() == 1;
        });

    public static Task<bool> DeleteObjectiveAsync(AdoptionDb db, int objectiveId, int version) =>
        InTransactionAsync(db, async () =>
        {
            await UnlinkValueAsync(db, db.Objectives.Where(o => o.Id == objectiveId).Select(o => o.Id));
            await db.PlanComments.Where(c => c.ObjectiveId == objectiveId || db.Milestones.Any(m => m.Id == c.MilestoneId && m.ObjectiveId == objectiveId)).ExecuteDeleteAsync();
            return await db.Objectives.Where(o => o.Id == objectiveId && o.Version == version).ExecuteDeleteAsync() == 1;
        });

    public static Task<bool> DeleteMilestoneAsync(AdoptionDb db, int milestoneId, int version) =>
        InTransactionAsync(db, async () =>
        {
            await db.PlanComments.Where(c => c.MilestoneId == milestoneId).ExecuteDeleteAsync();
            return await db.Milestones.Where(m => m.Id == milestoneId && m.Version == version).ExecuteDeleteAsync() == 1;
        });

    private static Task UnlinkValueAsync(AdoptionDb db, IQueryable<int> objectiveIds) =>
        db.ValueEntries.Where(v => v.ObjectiveId != null && objectiveIds.Contains(v.ObjectiveId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.ObjectiveId, (int?)null));

    // SQL Server's retrying strategy runs user transactions only inside the strategy.
    private static Task<bool> InTransactionAsync(AdoptionDb db, Func<Task<bool>> work) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (!await work())
            {
                await transaction.RollbackAsync();
                return false;
            }

            await transaction.CommitAsync();
            return true;
        });
}
