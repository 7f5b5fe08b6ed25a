namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>
/// A plan's identity and revision: one indexed row, read on every visit to decide whether the plan's
/// rendered HTML can be reused. The database raises the revision on any change under the plan
/// (<see cref="PlanRevisionTriggers"/>) and the version on any change to the plan itself.
/// </summary>
public sealed record PlanStamp(int PlanId, int Version, long ContentRevision)
{
    /// <summary>How long a rendering nobody asks for stays in memory.</summary>
    public static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(10);

    /// <summary>The rendering's key: this plan at this revision as seen on this day (overdue marks
    /// depend on it). The language is a separate part of the key.</summary>
    public string CacheKey(DateOnly today) => $"{PlanId}.{Version}.{ContentRevision}.{today.DayNumber}";

    public static Task<PlanStamp?> ReadAsync(AdoptionDb db, int accountId, CancellationToken cancellationToken) =>
        Read(db, accountId, cancellationToken);

    private static readonly Func<AdoptionDb, int, CancellationToken, Task<PlanStamp?>> Read =
        EF.CompileAsyncQuery((AdoptionDb db, int accountId, CancellationToken _) => db.Plans.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .Select(p => new PlanStamp(p.Id, p.Version, p.ContentRevision))
            .SingleOrDefault());
}
