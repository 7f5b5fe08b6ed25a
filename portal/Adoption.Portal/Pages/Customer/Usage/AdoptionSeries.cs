namespace Adoption.Portal.Pages.Customer.Usage;

/// <summary>One person's activity on one day (a UserDay rollup row).</summary>
public readonly record struct ActiveDay(string UserKey, DateOnly Day);

/// <summary>One person's use of one key feature on one day (a UserFeatureDay rollup row).</summary>
public readonly record struct FeatureDay(string UserKey, int FeatureId, DateOnly Day, int Events);

/// <summary>Use of a key feature in the last 30 days.</summary>
public sealed record FeatureUse(int FeatureId, int Users, int Events, DateOnly? LastUsed);

/// <summary>The account at the end of one week: active users and breadth as of that day.</summary>
public sealed record WeekPoint(DateOnly Ending, double DailyActive, int WeeklyActive, int MonthlyActive, double Breadth);

/// <summary>How many key features one person used in the last 30 days.</summary>
public sealed record PersonBreadth(string UserKey, int Features, DateOnly LastActive);

/// <summary>
/// An account's adoption figures from its rollups (never raw events). Windows end on
/// <c>today</c> inclusive: "30 days" is today and the 29 days before it (UTC days, as the rollups).
/// DAU is the average number of distinct people per day over the window; WAU and MAU count distinct
/// people in the last 7 and 30 days; stickiness is DAU / MAU; breadth is the share of the key-feature
/// catalogue used by anyone in the last 30 days.
/// </summary>
public sealed class AdoptionSeries
{
    public const int MonthDays = 30;
    public const int WeekDays = 7;

    public required double DailyActive { get; init; }
    public required int WeeklyActive { get; init; }
    public required int MonthlyActive { get; init; }
    public double Stickiness => MonthlyActive == 0 ? 0 : DailyActive / MonthlyActive;
    public required int FeaturesUsed { get; init; }
    public required int FeatureCount { get; init; }
    public double Breadth => FeatureCount == 0 ? 0 : (double)FeaturesUsed / FeatureCount;
    public required IReadOnlyList<FeatureUse> Features { get; init; }
    public required IReadOnlyList<WeekPoint> Weeks { get; init; }
    public required IReadOnlyList<PersonBreadth> People { get; init; }

    /// <summary>The first day of rollups <see cref="Compute"/> needs for <paramref name="weeks"/> weekly points.</summary>
    public static DateOnly FirstDayNeeded(DateOnly today, int weeks) => today.AddDays(-((weeks - 1) * WeekDays) - MonthDays + 1);

    public static AdoptionSeries Compute(
        DateOnly today, IReadOnlyCollection<int> featureIds, IReadOnlyList<ActiveDay> activeDays, IReadOnlyList<FeatureDay> featureDays, int weeks = 13)
    {
        var monthStart = today.AddDays(-MonthDays + 1);
        var lastMonth = featureDays.Where(f => f.Day >= monthStart && f.Day <= today).ToList();
        var features = featureIds.Select(id => new FeatureUse(
                id,
                lastMonth.Where(f => f.FeatureId == id).Select(f => f.UserKey).Distinct().Count(),
                lastMonth.Where(f => f.FeatureId == id).Sum(f => f.Events),
                featureDays.Where(f => f.FeatureId == id && f.Day <= today).Select(f => (DateOnly?)f.Day).Max()))
            .ToList();

        var people = activeDays.Where(d => d.Day <= today).GroupBy(d => d.UserKey)
            .Select(g => new PersonBreadth(
                g.Key,
                lastMonth.Where(f => f.UserKey == g.Key && featureIds.Contains(f.FeatureId)).Select(f => f.FeatureId).Distinct().Count(),
                g.Max(d => d.Day)))
            .OrderByDescending(p => p.Features).ThenByDescending(p => p.LastActive).ThenBy(p => p.UserKey, StringComparer.Ordinal)
            .ToList();

        var points = Enumerable.Range(0, weeks).Reverse()
            .Select(w => PointAt(today.AddDays(-w * WeekDays), featureIds, activeDays, featureDays))
            .ToList();
        var now = PointAt(today, featureIds, activeDays, featureDays);
        return new AdoptionSeries
        {
            DailyActive = AverageDaily(activeDays, today, MonthDays),
            WeeklyActive = now.WeeklyActive,
            MonthlyActive = now.MonthlyActive,
            FeaturesUsed = features.Count(f => f.Users > 0),
            FeatureCount = featureIds.Count,
            Features = features,
            Weeks = points,
            People = people,
        };
    }

    private static WeekPoint PointAt(DateOnly end, IReadOnlyCollection<int> featureIds, IReadOnlyList<ActiveDay> activeDays, IReadOnlyList<FeatureDay> featureDays)
    {
        var used = featureDays.Where(f => InWindow(f.Day, end, MonthDays) && featureIds.Contains(f.FeatureId)).Select(f => f.FeatureId).Distinct().Count();
        return new WeekPoint(
            end,
            AverageDaily(activeDays, end, WeekDays),
            Distinct(activeDays, end, WeekDays),
            Distinct(activeDays, end, MonthDays),
            featureIds.Count == 0 ? 0 : (double)used / featureIds.Count);
    }

    private static double AverageDaily(IReadOnlyList<ActiveDay> days, DateOnly end, int length) =>
        (double)days.Where(d => InWindow(d.Day, end, length)).Distinct().Count() / length;

    private static int Distinct(IReadOnlyList<ActiveDay> days, DateOnly end, int length) =>
        days.Where(d => InWindow(d.Day, end, length)).Select(d => d.UserKey).Distinct().Count();

    private static bool InWindow(DateOnly day, DateOnly end, int length) => day <= end && day > end.AddDays(-length);
}
