namespace Adoption.Portal.Nps;

/// <summary>Survey periods: calendar blocks of 1, 2, 3, 4, 6 or 12 months (a quarter by default), named by their first month.</summary>
public static class NpsPeriod
{
    public static DateTime Start(DateTime at, int months)
    {
        months = months is 1 or 2 or 3 or 4 or 6 or 12 ? months : 3;
        return new DateTime(at.Year, ((at.Month - 1) / months * months) + 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    /// <summary>The period's key, e.g. <c>2026-10</c> for the fourth quarter of 2026.</summary>
    public static string Key(DateTime at, int months) => Start(at, months).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateTime End(DateTime at, int months) => Start(at, months).AddMonths(months is 1 or 2 or 3 or 4 or 6 or 12 ? months : 3);
}
