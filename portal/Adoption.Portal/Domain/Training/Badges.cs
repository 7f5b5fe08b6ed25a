namespace Adoption.Portal.Domain.Training;

public enum BadgeKind
{
    /// <summary>The first exercise done in the product.</summary>
    FirstExercise = 0,
    /// <summary>A whole path completed.</summary>
    PathCompleted = 1,
    /// <summary>Every module that teaches a key feature done, its exercise in the product.</summary>
    FeatureMastered = 2,
}

/// <summary>A badge and when it was earned; <see cref="Subject"/> names the path or feature.</summary>
public sealed record Badge(BadgeKind Kind, string? Subject, DateTime EarnedAt);

/// <summary>What badges and streaks are worked out from: one person's completions (module, teaching feature, when, in the product or not).</summary>
public sealed record LearningFact(int ModuleId, int? FeatureId, DateTime At, bool InProduct);

/// <summary>
/// Badges and weekly learning streaks, worked out from what the person did rather than stored, so they
/// never drift from the completions and a fake clock tests them. Nothing here is compared across companies.
/// </summary>
public static class Gamification
{
    /// <param name="facts">The person's module completions and quiz tries.</param>
    /// <param name="completedPaths">Paths the person finished: title and when.</param>
    /// <param name="featureModules">For each key feature (id, name), the modules teaching it that the person is enrolled in.</param>
    public static IReadOnlyList<Badge> BadgesOf(IReadOnlyCollection<LearningFact> facts, IEnumerable<(string Title, DateTime At)> completedPaths,
        IEnumerable<(int FeatureId, string Feature, IReadOnlyCollection<int> ModuleIds)> featureModules)
    {
        var badges = new List<Badge>();
        if (facts.Where(f => f.InProduct).OrderBy(f => f.At).FirstOrDefault() is { } first)
        {
            badges.Add(new Badge(BadgeKind.FirstExercise, null, first.At));
        }

        badges.AddRange(completedPaths.Select(p => new Badge(BadgeKind.PathCompleted, p.Title, p.At)));
        foreach (var (featureId, feature, moduleIds) in featureModules)
        {
            var done = facts.Where(f => moduleIds.Contains(f.ModuleId)).ToList();
            if (moduleIds.Count > 0 && moduleIds.All(id => done.Any(f => f.ModuleId == id)) && done.Any(f => f.InProduct && f.FeatureId == featureId))
            {
                badges.Add(new Badge(BadgeKind.FeatureMastered, feature, done.Max(f => f.At)));
            }
        }

        return badges.OrderBy(b => b.EarnedAt).ToList();
    }

    /// <summary>
    /// Consecutive ISO weeks with some learning (a module done, a quiz tried), counted back from this
    /// week; a week without any yet does not break the streak until it is over.
    /// </summary>
    public static int WeeklyStreak(IEnumerable<DateTime> learnedAt, DateTime now)
    {
        var weeks = learnedAt.Select(WeekOf).ToHashSet();
        var week = WeekOf(now);
        if (!weeks.Contains(week))
        {
            week = week.AddDays(-7);
        }

        var streak = 0;
        while (weeks.Contains(week))
        {
            streak++;
            week = week.AddDays(-7);
        }

        return streak;
    }

    /// <summary>The Monday of the ISO week <paramref name="at"/> falls in.</summary>
    private static DateOnly WeekOf(DateTime at)
    {
        var day = DateOnly.FromDateTime(at);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
