namespace Adoption.Portal.Pages.Csm.Portfolio;

/// <summary>
/// What saves changed since the portfolio was last scored: accounts by id, or rows that lead to one
/// (a milestone's objective, an objective's plan, a completion's enrolment), or everything at once
/// (a health profile, the key-feature catalogue, a path's modules).
/// </summary>
public sealed class PendingChanges
{
    public HashSet<int> Accounts { get; } = [];
    public HashSet<int> Objectives { get; } = [];
    public HashSet<int> Plans { get; } = [];
    public HashSet<int> Enrolments { get; } = [];
    public bool Everything { get; set; }

    public bool IsEmpty => !Everything && Accounts.Count == 0 && Objectives.Count == 0 && Plans.Count == 0 && Enrolments.Count == 0;

    public void Add(PendingChanges other)
    {
        Accounts.UnionWith(other.Accounts);
        Objectives.UnionWith(other.Objectives);
        Plans.UnionWith(other.Plans);
        Enrolments.UnionWith(other.Enrolments);
        Everything |= other.Everything;
    }

    /// <summary>The accounts to rescore, or null when some row no longer leads to one (then rescore all).</summary>
    public async Task<HashSet<int>?> AccountIdsAsync(AdoptionDb db, CancellationToken cancellationToken)
    {
        var ids = new HashSet<int>(Accounts);
        var plans = new HashSet<int>(Plans);
        if (Objectives.Count > 0)
        {
            var objectives = Objectives.ToList();
            var found = await db.Objectives.AsNoTracking().Where(o => EF.Parameter(objectives).Contains(o.Id)).Select(o => new { o.Id, o.PlanId }).ToListAsync(cancellationToken);
            if (found.Count < objectives.Count)
            {
                return null;
            }

            plans.UnionWith(found.Select(o => o.PlanId));
        }

        if (plans.Count > 0)
        {
            var list = plans.ToList();
            var found = await db.Plans.AsNoTracking().Where(p => EF.Parameter(list).Contains(p.Id)).Select(p => p.AccountId).ToListAsync(cancellationToken);
            if (found.Count < list.Count)
            {
                return null;
            }

            ids.UnionWith(found);
        }

        if (Enrolments.Count > 0)
        {
            var list = Enrolments.ToList();
            var found = await db.Enrolments.AsNoTracking().Where(e => EF.Parameter(list).Contains(e.Id)).Select(e => e.AccountId).ToListAsync(cancellationToken);
            if (found.Count < list.Count)
            {
                return null;
            }

            ids.UnionWith(found);
        }

        return ids;
    }
}
