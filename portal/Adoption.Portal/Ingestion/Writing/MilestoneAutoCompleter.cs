using System.Diagnostics;
using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// Completes milestones set to complete themselves from usage ("reports used by 3 people"): when
/// rollups gain a person for an account's feature, the open milestones watching that pair are
/// checked against the distinct people in the rollups. Milestones set up after the usage happened
/// are caught when the list of open ones is re-read.
/// </summary>
internal sealed class MilestoneAutoCompleter(IngestionOptions options, TimeProvider clock, ILogger<MilestoneAutoCompleter> log)
{
    private List<Watch>? open;
    private long loadedAt;

    /// <summary>Checks the milestones watching <paramref name="gained"/> (all open ones when the list was re-read).</summary>
    public async Task CheckAsync(AdoptionDb db, HashSet<(int Account, int Feature)> gained, CancellationToken cancellationToken)
    {
        var reread = open is null || Stopwatch.GetElapsedTime(loadedAt) > options.CacheLifetime;
        if (reread)
        {
            open = await db.Milestones.AsNoTracking()
                .Where(m => m.AutoCompleteFeatureId != null && m.AutoCompleteUserCount != null && m.Status != MilestoneStatus.Done)
                .Select(m => new Watch(m.Id, m.Objective!.Plan!.AccountId, m.AutoCompleteFeatureId!.Value, m.AutoCompleteUserCount!.Value))
                .ToListAsync(cancellationToken);
            loadedAt = Stopwatch.GetTimestamp();
        }

        var watching = open!;
        foreach (var watch in watching.Where(w => reread || gained.Contains((w.AccountId, w.FeatureId))).ToList())
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
            watching.Remove(watch);
            if (completed == 1)
            {
                log.LogInformation("Milestone {Milestone} completed itself: feature {Feature} used by {People} people at account {Account}.",
                    watch.MilestoneId, watch.FeatureId, people, watch.AccountId);
            }
        }
    }

    /// <summary>Forget the list, e.g. after a rolled-back transaction or a rebuild.</summary>
    public void Forget() => open = null;

    private sealed record Watch(int MilestoneId, int AccountId, int FeatureId, int People);
}
