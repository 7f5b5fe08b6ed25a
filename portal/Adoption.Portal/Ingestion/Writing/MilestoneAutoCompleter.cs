using System.Diagnostics;
using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// Completes milestones set to complete themselves from usage ("reports used by 3 people"): when
/// rollups gain a person for an account's feature, the open milestones watching that pair are
/// checked against the distinct people in the rollups. Milestones set up after the usage happened
/// are caught by the check of every open one, once per cache lifetime.
/// </summary>
internal sealed class MilestoneAutoCompleter(IngestionOptions options, TimeProvider clock, ILogger<MilestoneAutoCompleter> log)
{
    private long checkedAllAt;

    /// <summary>Checks the open milestones watching <paramref name="gained"/>, and every open one once per cache lifetime.</summary>
    public async Task CheckAsync(AdoptionDb db, HashSet<(int Account, int Feature)> gained, CancellationToken cancellationToken)
    {
        var checkAll = checkedAllAt == 0 || Stopwatch.GetElapsedTime(checkedAllAt) > options.CacheLifetime;
        if (!checkAll && gained.Count == 0)
        {
            return;
        }

        // Read fresh each time: CSMs set milestones up at any moment, and the open ones are few.
        var open = await db.Milestones.AsNoTracking()
            .Where(m => m.AutoCompleteFeatureId != null && m.AutoCompleteUserCount != null && m.Status != MilestoneStatus.Done)
            .Select(m => new Watch(m.Id, m.Objective!.Plan!.AccountId, m.AutoCompleteFeatureId!.Value, m.AutoCompleteUserCount!.Value))
            .ToListAsync(cancellationToken);
        if (checkAll)
        {
            checkedAllAt = Stopwatch.GetTimestamp();
        }

        foreach (var watch in open.Where(w => checkAll || gained.Contains((w.AccountId, w.FeatureId))))
        {
            var people = await db.UserFeatureDays
                .Where(r => r.AccountId == watch.AccountId && r.FeatureId == watch.FeatureId)
                .Select(r => r.UserKey).Distinct().CountAsync(cancellationToken);
            if (people < watch.People)
            {
                continue;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            // A milestone someone closed meanwhile is left alone; the version bump tells open editors.
            var completed = await db.Milestones
                .Where(m => m.Id == watch.MilestoneId && m.Status != MilestoneStatus.Done)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, MilestoneStatus.Done)
                    .SetProperty(m => m.CompletedAt, now)
                    .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
            if (completed == 1)
            {
                log.LogInformation("Milestone {Milestone} completed itself: feature {Feature} used by {People} people at account {Account}.",
                    watch.MilestoneId, watch.FeatureId, people, watch.AccountId);
            }
        }
    }

    /// <summary>Check every open milestone at the next flush (after a rebuild).</summary>
    public void Forget() => checkedAllAt = 0;

    private sealed record Watch(int MilestoneId, int AccountId, int FeatureId, int People);
}
