// Not Adoption.Portal.Adoption: a namespace of that name would shadow the root "Adoption" in all portal code.
namespace Adoption.Portal.Analytics;

/// <summary>
/// An account's adoption figures, read from the rollups only (never raw events), so they cost the
/// same for an account with a hundred events as for one with a hundred million. Windows end on
/// <c>today</c> inclusive and are UTC days: 30 days = today and the 29 before.
/// <code>
/// var figures = await adoption.ForAccountAsync(accountId, today);
/// var daily = await adoption.DailyAsync(accountId, today.AddDays(-89), today);
/// </code>
/// Register: scoped (it uses the request's <see cref="AdoptionDb"/>, tenancy filters included).
/// </summary>
public sealed class AdoptionFigures(AdoptionDb db)
{
    public async Task<AdoptionSnapshot> ForAccountAsync(int accountId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var monthStart = today.AddDays(-29);
        var features = await db.KeyFeatures.AsNoTracking().OrderBy(f => f.Order).Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken);
        var userDays = await db.UserDays.AsNoTracking()
            .Where(r => r.AccountId == accountId && r.Day >= monthStart && r.Day <= today)
            .Select(r => new { r.Day, r.UserKey }).ToListAsync(cancellationToken);
        var featureDays = await db.UserFeatureDays.AsNoTracking()
            .Where(r => r.AccountId == accountId && r.Day >= monthStart && r.Day <= today)
            .Select(r => new { r.FeatureId, r.UserKey, r.Events }).ToListAsync(cancellationToken);
        var lastUsed = await db.AccountFeatureDays.AsNoTracking().Where(r => r.AccountId == accountId && r.Day <= today)
            .GroupBy(r => r.FeatureId).Select(g => new { FeatureId = g.Key, First = g.Min(r => r.Day), Last = g.Max(r => r.Day) })
            .ToDictionaryAsync(r => r.FeatureId, cancellationToken);
        var createdAt = await db.Accounts.Where(a => a.Id == accountId).Select(a => (DateTime?)a.CreatedAt).SingleOrDefaultAsync(cancellationToken);

        var monthly = userDays.Select(r => r.UserKey).Distinct().Count();
        var weekStart = today.AddDays(-6);
        var weekly = userDays.Where(r => r.Day >= weekStart).Select(r => r.UserKey).Distinct().Count();
        var daily = userDays.Count(r => r.Day == today);
        var averageDaily = userDays.Count / 30.0;
        var used = featureDays.Select(r => r.FeatureId).Distinct().ToHashSet();
        var featuresPerPerson = featureDays.GroupBy(r => r.UserKey).Select(g => g.Select(r => r.FeatureId).Distinct().Count()).ToList();
        var firstValue = lastUsed.Count == 0 ? (DateOnly?)null : lastUsed.Values.Min(r => r.First);

        return new AdoptionSnapshot(
            today, features.Count, used.Count,
            Breadth: features.Count == 0 ? 0 : (double)used.Count / features.Count,
            Depth: featuresPerPerson.Count == 0 ? 0 : featuresPerPerson.Average(),
            DailyActiveUsers: daily, WeeklyActiveUsers: weekly, MonthlyActiveUsers: monthly,
            Stickiness: monthly == 0 ? 0 : averageDaily / monthly,
            DaysToFirstValue: firstValue is { } first && createdAt is { } created ? Math.Max(0, first.DayNumber - DateOnly.FromDateTime(created).DayNumber) : null,
            Features: features.Select(f => new FeatureUse(f.Id, f.Name,
                featureDays.Where(r => r.FeatureId == f.Id).Select(r => r.UserKey).Distinct().Count(),
                featureDays.Where(r => r.FeatureId == f.Id).Sum(r => r.Events),
                lastUsed.TryGetValue(f.Id, out var l) ? l.Last : null)).ToList());
    }

    /// <summary>One row per day from <paramref name="from"/> to <paramref name="to"/>: for charts of active users and of breadth over time.</summary>
    public async Task<IReadOnlyList<DailyAdoption>> DailyAsync(int accountId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var windowStart = from.AddDays(-29);
        var featureCount = await db.KeyFeatures.CountAsync(cancellationToken);
        var active = await db.UserDays.AsNoTracking().Where(r => r.AccountId == accountId && r.Day >= from && r.Day <= to)
            .GroupBy(r => r.Day).Select(g => new { Day = g.Key, Users = g.Count() }).ToDictionaryAsync(r => r.Day, r => r.Users, cancellationToken);
        var featureDays = await db.AccountFeatureDays.AsNoTracking().Where(r => r.AccountId == accountId && r.Day >= windowStart && r.Day <= to)
            .Select(r => new { r.Day, r.FeatureId }).ToListAsync(cancellationToken);

        var days = new List<DailyAdoption>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var start = day.AddDays(-29);
            var used = featureDays.Where(r => r.Day >= start && r.Day <= day).Select(r => r.FeatureId).Distinct().Count();
            days.Add(new DailyAdoption(day, active.GetValueOrDefault(day), featureDays.Count(r => r.Day == day),
                featureCount == 0 ? 0 : (double)used / featureCount));
        }

        return days;
    }
}

/// <summary>An account's adoption on a day.</summary>
/// <param name="KeyFeatures">Key features in the catalogue.</param>
/// <param name="FeaturesUsed">Key features used in the last 30 days.</param>
/// <param name="Breadth">FeaturesUsed / KeyFeatures, 0 to 1.</param>
/// <param name="Depth">Key features the average active person used in the last 30 days.</param>
/// <param name="Stickiness">Average daily active people over 30 days / monthly active people (DAU/MAU), 0 to 1.</param>
/// <param name="DaysToFirstValue">Days from the account's creation to its first use of a key feature; null before that.</param>
public sealed record AdoptionSnapshot(
    DateOnly Today, int KeyFeatures, int FeaturesUsed, double Breadth, double Depth,
    int DailyActiveUsers, int WeeklyActiveUsers, int MonthlyActiveUsers, double Stickiness,
    int? DaysToFirstValue, IReadOnlyList<FeatureUse> Features);

/// <summary>One key feature at an account over the last 30 days.</summary>
public sealed record FeatureUse(int FeatureId, string Name, int People, int Events, DateOnly? LastUsed);

/// <summary>A day of a chart: people active that day, key features used that day, and breadth over the 30 days ending that day.</summary>
public sealed record DailyAdoption(DateOnly Day, int ActiveUsers, int FeaturesUsed, double Breadth);
