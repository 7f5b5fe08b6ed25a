using Cronos;

namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// A program's send time as a cron expression on the contact's own wall clock (Cronos), e.g.
/// <c>0 8 * * MON</c> for the digest: due once that time has come in the current period.
/// </summary>
public static class LocalSchedule
{
    /// <summary>Whether <paramref name="cron"/>'s first time on or after <paramref name="localPeriodStart"/>
    /// has come by <paramref name="localNow"/> (both the contact's local times).</summary>
    public static bool HasCome(CronExpression cron, DateTime localPeriodStart, DateTime localNow)
    {
        var next = cron.GetNextOccurrence(DateTime.SpecifyKind(localPeriodStart, DateTimeKind.Utc), inclusive: true);
        return next is { } time && time <= DateTime.SpecifyKind(localNow, DateTimeKind.Utc);
    }

    /// <summary>Monday 00:00 of the ISO week <paramref name="local"/> falls in.</summary>
    public static DateTime WeekStart(DateTime local) => local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
}
