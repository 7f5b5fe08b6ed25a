namespace Adoption.Portal.Health;

/// <summary>The profiles in force: the latest default revision and the latest active one per lifecycle stage.</summary>
public sealed class HealthProfileSet(HealthProfile fallback, IReadOnlyDictionary<LifecycleStage, HealthProfile> stages)
{
    public HealthProfile Default { get; } = fallback;

    public IReadOnlyDictionary<LifecycleStage, HealthProfile> Stages { get; } = stages;

    public HealthProfile For(LifecycleStage stage) => Stages.GetValueOrDefault(stage) ?? Default;

    /// <summary>The revisions are few (one per save), so reading them all beats a per-stage max query.</summary>
    public static async Task<HealthProfileSet> LoadAsync(AdoptionDb db, CancellationToken cancellationToken = default)
    {
        var latest = (await db.HealthProfiles.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(p => p.Stage).Select(g => g.MaxBy(p => p.Revision)!).ToList();
        var fallback = latest.SingleOrDefault(p => p.Stage is null) ?? HealthProfile.Default();
        return new HealthProfileSet(fallback, latest.Where(p => p.Stage is not null && p.Active).ToDictionary(p => p.Stage!.Value));
    }
}
