namespace Adoption.Portal.EmailPrograms;

/// <summary>A contact's own clock and language, so programs send at a sensible local hour and in the contact's words.</summary>
internal static class LocalTime
{
    public static DateTime Of(Contact contact, DateTime utcNow) =>
        TimeZoneInfo.ConvertTimeFromUtc(utcNow, Zone(contact.TimeZone));

    public static CultureInfo Culture(Contact contact) =>
        CultureInfo.GetCultureInfo(Locales.IsSupported(contact.Locale) ? contact.Locale : Locales.Default);

    /// <summary>The ISO week of a local date, e.g. <c>2026-W49</c>: the digest's period.</summary>
    public static string IsoWeek(DateTime local) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");

    private static TimeZoneInfo Zone(string id) =>
        // An unknown zone (a typo in imported data) falls back to UTC rather than stopping the run.
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
