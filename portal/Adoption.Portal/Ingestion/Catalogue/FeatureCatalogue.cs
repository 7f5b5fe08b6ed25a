using Adoption.Portal.Ingestion.Parsing;

namespace Adoption.Portal.Ingestion.Catalogue;

/// <summary>
/// The key-feature rules, cached for the request threads: which feature a track event counts for.
/// Re-read every <see cref="IngestionOptions.CacheLifetime"/>; pages that edit the catalogue call
/// <see cref="Invalidate"/> so the change applies to the next request.
/// </summary>
public sealed class FeatureCatalogue(IServiceScopeFactory scopes, TimeProvider clock, IngestionOptions options) : IDisposable
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile FeatureRules? current;

    public void Invalidate() => current = null;

    public void Dispose() => loading.Dispose();

    internal async ValueTask<FeatureRules> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < options.CacheLifetime)
        {
            return snapshot;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            snapshot = current;
            if (snapshot is null || clock.GetUtcNow() - snapshot.LoadedAt >= options.CacheLifetime)
            {
                snapshot = await LoadAsync(cancellationToken);
                current = snapshot;
            }

            return snapshot;
        }
        finally
        {
            loading.Release();
        }
    }

    private async Task<FeatureRules> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var rules = await db.FeatureEventRules.AsNoTracking()
            .Select(r => new FeatureRules.Rule(r.EventName, r.FeatureId, r.PropertyName, r.PropertyValue))
            .ToListAsync(cancellationToken);
        return new FeatureRules(clock.GetUtcNow(), rules);
    }
}
