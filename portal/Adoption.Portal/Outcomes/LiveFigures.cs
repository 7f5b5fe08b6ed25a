using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Outcomes;

/// <summary>
/// The adoption figures an outcome metric can be bound to, for one account on one day, read from the
/// rollups with the same windows as the adoption page (<see cref="Pages.Customer.Usage.AdoptionSeries"/>):
/// 7 days for weekly active people, 30 for seats used, feature users and breadth. The rollups trail
/// acknowledged events by a few milliseconds once the API goes quiet (at most
/// <see cref="Ingestion.IngestionOptions.MaxRollupLag"/> under load), so a bound metric follows new events.
/// </summary>
public sealed record LiveFigures(int WeeklyActive, int SeatsUsed, int BreadthPercent, IReadOnlyDictionary<int, int> FeatureUsers)
{
    /// <summary>The figures in a short stable form, for cache keys of pages that show them.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"w{WeeklyActive}.s{SeatsUsed}.b{BreadthPercent}.{string.Join(',', FeatureUsers.OrderBy(f => f.Key).Select(f => $"{f.Key}:{f.Value}"))}");

    /// <summary>The live value of <paramref name="source"/>; null for a hand-entered metric.</summary>
    public decimal? ValueOf(MetricSource source, int? featureId) => source switch
    {
        MetricSource.WeeklyActivePeople => WeeklyActive,
        MetricSource.SeatsUsed => SeatsUsed,
        MetricSource.Breadth => BreadthPercent,
        MetricSource.FeatureUsers => featureId is { } id ? FeatureUsers.GetValueOrDefault(id) : 0,
        _ => null,
    };

    /// <summary>Puts the live value into every bound metric of <paramref name="metrics"/> (read without tracking: nothing is saved).</summary>
    public void ApplyTo(IEnumerable<OutcomeMetric> metrics)
    {
        foreach (var metric in metrics)
        {
            if (ValueOf(metric.Source, metric.FeatureId) is { } value)
            {
                metric.Current = value;
            }
        }
    }

    /// <summary>Reads the figures and puts them into the bound metrics of one account's <paramref name="metrics"/>.</summary>
    public static async Task ApplyAsync(AdoptionDb db, int accountId, DateOnly today, IReadOnlyCollection<OutcomeMetric> metrics, CancellationToken cancellationToken = default)
    {
        if (metrics.Any(m => m.Source != MetricSource.Manual))
        {
            (await ReadAsync(db, accountId, today, cancellationToken)).ApplyTo(metrics);
        }
    }

    public static async Task<LiveFigures> ReadAsync(AdoptionDb db, int accountId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var (weekStart, monthStart) = (today.AddDays(-6), today.AddDays(-29));
        var weekly = await db.UserDays.AsNoTracking().Where(r => r.AccountId == accountId && r.Day >= weekStart && r.Day <= today)
            .Select(r => r.UserKey).Distinct().CountAsync(cancellationToken);
        var monthly = await db.UserDays.AsNoTracking().Where(r => r.AccountId == accountId && r.Day >= monthStart && r.Day <= today)
            .Select(r => r.UserKey).Distinct().CountAsync(cancellationToken);
        var featureIds = await db.KeyFeatures.AsNoTracking().Select(f => f.Id).ToListAsync(cancellationToken);
        var pairs = await db.UserFeatureDays.AsNoTracking().Where(r => r.AccountId == accountId && r.Day >= monthStart && r.Day <= today)
            .Select(r => new { r.FeatureId, r.UserKey }).Distinct().ToListAsync(cancellationToken);
        var users = pairs.Where(p => featureIds.Contains(p.FeatureId)).GroupBy(p => p.FeatureId).ToDictionary(g => g.Key, g => g.Count());
        var breadth = featureIds.Count == 0 ? 0 : (int)Math.Round(100.0 * users.Count / featureIds.Count);
        return new LiveFigures(weekly, monthly, breadth, users);
    }

    /// <summary>The live figures when the account's plan has a bound metric; null (and no rollup read) when every metric is typed in.</summary>
    public static async Task<LiveFigures?> ForPlanAsync(AdoptionDb db, int accountId, DateOnly today, CancellationToken cancellationToken = default) =>
        await db.Metrics.AnyAsync(m => m.Source != MetricSource.Manual && db.Objectives.Any(o => o.Id == m.ObjectiveId && o.Plan!.AccountId == accountId), cancellationToken)
            ? await ReadAsync(db, accountId, today, cancellationToken)
            : null;
}
