using Adoption.Portal.Data;
using Adoption.Portal.Ingestion.Parsing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Ingestion.Catalogue;

/// <summary>
/// The key-feature rules, cached for the request threads: which feature a track event counts for.
/// Re-read every <see cref="IngestionOptions.CacheLifetime"/>; pages that edit the catalogue call
/// <see cref="Invalidate"/> so the change applies to the next request.
/// </summary>
public sealed class FeatureCatalogue(IServiceScopeFactory scopes, TimeProvider clock, IngestionOptions options) : IDisposable
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Snapshot? current;

    public void Invalidate() => current = null;

    public void Dispose() => loading.Dispose();

    internal async ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken)
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

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var rules = await db.FeatureEventRules.AsNoTracking()
            .Select(r => new Rule(r.EventName, r.FeatureId, r.PropertyName, r.PropertyValue))
            .ToListAsync(cancellationToken);
        return new Snapshot(clock.GetUtcNow(), rules);
    }

    internal sealed record Rule(string EventName, int FeatureId, string? PropertyName, string? PropertyValue);

    internal sealed class Snapshot
    {
        private readonly Dictionary<string, Rule[]> byEvent;

        public Snapshot(DateTimeOffset loadedAt, IEnumerable<Rule> rules)
        {
            LoadedAt = loadedAt;
            // A rule that also names a property is more specific, so it is tried first.
            byEvent = rules.GroupBy(r => r.EventName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(r => r.PropertyName is null).ThenBy(r => r.FeatureId).ToArray(), StringComparer.Ordinal);
        }

        public DateTimeOffset LoadedAt { get; }

        /// <summary>The feature a track event named <paramref name="eventName"/> counts for, if any.</summary>
        public int? Match(string eventName, ReadOnlySpan<byte> properties)
        {
            if (!byEvent.TryGetValue(eventName, out var rules))
            {
                return null;
            }

            foreach (var rule in rules)
            {
                if (rule.PropertyName is null)
                {
                    return rule.FeatureId;
                }

                if (!properties.IsEmpty
                    && string.Equals(JsonMembers.Text(properties, System.Text.Encoding.UTF8.GetBytes(rule.PropertyName)), rule.PropertyValue, StringComparison.Ordinal))
                {
                    return rule.FeatureId;
                }
            }

            return null;
        }
    }
}
