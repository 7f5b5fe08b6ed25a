using System.Text.RegularExpressions;

namespace Adoption.Portal.Pages.Customer.Review;

/// <summary>A calendar quarter under review, e.g. <c>2026-Q3</c>; the current quarter ends today.</summary>
public sealed partial record ReviewPeriod(int Year, int Quarter, DateOnly Start, DateOnly End)
{
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Quarter}");
    public bool ToDate { get; init; }
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static ReviewPeriod Of(int year, int quarter, DateOnly today)
    {
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        var end = start.AddMonths(3).AddDays(-1);
        return end >= today ? new ReviewPeriod(year, quarter, start, today) { ToDate = true } : new ReviewPeriod(year, quarter, start, end);
    }

    public static ReviewPeriod Containing(DateOnly day, DateOnly today) => Of(day.Year, ((day.Month - 1) / 3) + 1, today);

    /// <summary>The last complete quarter: what a quarterly business review looks back on.</summary>
    public static ReviewPeriod Default(DateOnly today) => Containing(today, today).Previous(today);

    public ReviewPeriod Previous(DateOnly today) => Containing(Start.AddDays(-1), today);

    /// <summary>The quarter in progress and the four before it, newest first.</summary>
    public static IReadOnlyList<ReviewPeriod> Choices(DateOnly today)
    {
        var list = new List<ReviewPeriod> { Containing(today, today) };
        while (list.Count < 5)
        {
            list.Add(list[^1].Previous(today));
        }

        return list;
    }

    /// <summary>Reads <c>2026-Q3</c>; only the offered choices are accepted.</summary>
    public static ReviewPeriod? Parse(string? key, DateOnly today) =>
        key is null ? Default(today)
        : KeyPattern().IsMatch(key) ? Choices(today).SingleOrDefault(p => p.Key == key)
        : null;

    [GeneratedRegex(@"^\d{4}-Q[1-4]$")]
    private static partial Regex KeyPattern();
}
