namespace Adoption.Portal.Revenue;

/// <summary>How retention figures are split: by who or what the account was when the period began.</summary>
public enum RetentionGrouping
{
    All = 0,
    Csm = 1,
    Segment = 2,
    /// <summary>Accounts whose ARR started in the same quarter.</summary>
    Cohort = 3,
    Coverage = 4,
}

/// <summary>A period's figures for one group, with the accounts left out for want of an exchange rate.</summary>
public sealed record RetentionGroup(string Key, RetentionFigures Figures, IReadOnlyList<int> Unconverted);

/// <summary>A period: from its first day to its last, both included.</summary>
public sealed record RetentionPeriod(DateOnly From, DateOnly To)
{
    public static RetentionPeriod QuarterOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        return new RetentionPeriod(first, first.AddMonths(3).AddDays(-1));
    }

    public static RetentionPeriod YearOf(DateOnly day) => new(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));

    public static string QuarterName(DateOnly day) => $"{day.Year} Q{((day.Month - 1) / 3) + 1}";
}
