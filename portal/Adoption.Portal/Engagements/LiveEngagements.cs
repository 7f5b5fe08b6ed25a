using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>The live definitions and the key-feature catalogue, as one decision reads them.</summary>
/// <param name="StepEvents">The event names the live checklists' steps wait for: the only ones a decision reads.</param>
public sealed record LiveSnapshot(
    IReadOnlyList<Engagement> Live, IReadOnlyDictionary<int, string> FeatureKeys, bool UsesMilestones, IReadOnlyList<string> StepEvents, DateTimeOffset LoadedAt)
{
    /// <summary>The distinct event names the steps of <paramref name="engagements"/> wait for.</summary>
    public static IReadOnlyList<string> StepEventsOf(IEnumerable<Engagement> engagements) =>
        engagements.Where(e => e.Kind == EngagementKind.Checklist).SelectMany(e => e.Steps)
            .Select(s => s.Event).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// Live definitions held in memory so a decision never reads them from the database. A save on
/// this server calls <see cref="Invalidate"/> and the next decision reloads; other servers pick a
/// change up within <see cref="MaxAge"/>. The snapshot is immutable: decisions share it freely.
/// </summary>
public sealed class LiveEngagements(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile LiveSnapshot? current;

    public async ValueTask<LiveSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < MaxAge)
        {
            return snapshot;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            snapshot = current;
            if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < MaxAge)
            {
                return snapshot;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
            var live = await db.Engagements.AsNoTracking().Where(e => e.Status == EngagementStatus.Live).OrderBy(e => e.Id).ToListAsync(cancellationToken);
            var features = await db.KeyFeatures.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Key, cancellationToken);
            snapshot = new LiveSnapshot(live, features, live.Any(e => e.Targeting.Milestones.Count > 0), LiveSnapshot.StepEventsOf(live), clock.GetUtcNow());
            current = snapshot;
            return snapshot;
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>After a definition or key feature changes: the next decision reads them again.</summary>
    public void Invalidate() => current = null;

    public void Dispose() => loading.Dispose();
}
