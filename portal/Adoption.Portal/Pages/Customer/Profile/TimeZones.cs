namespace Adoption.Portal.Pages.Customer.Profile;

/// <summary>
/// The IANA time zones this machine knows, for a pick list labelled with each zone's offset at the
/// moment the list is shown (so the labels follow daylight saving time).
/// </summary>
public static class TimeZones
{
    public sealed record Zone(string Id, string Label);

    private static readonly Lazy<IReadOnlyList<(string Id, TimeZoneInfo Zone)>> Known = new(Load);

    /// <summary>Every zone with its offset at <paramref name="instant"/>, west to east.</summary>
    public static IReadOnlyList<Zone> At(DateTimeOffset instant) =>
        Known.Value
            .Select(z => (z.Id, Offset: z.Zone.GetUtcOffset(instant)))
            .OrderBy(z => z.Offset).ThenBy(z => z.Id, StringComparer.Ordinal)
            .Select(z => new Zone(z.Id, $"(UTC{(z.Offset < TimeSpan.Zero ? "-" : "+")}{z.Offset:hh\\:mm}) {z.Id}"))
            .ToList();

    public static bool IsKnown(string? id) => id is not null && Known.Value.Any(z => z.Id == id);

    private static IReadOnlyList<(string Id, TimeZoneInfo Zone)> Load() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(tz => (Zone: tz, Id: tz.HasIanaId ? tz.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(tz.Id, out var iana) ? iana : null))
            .Where(z => z.Id is not null && (z.Id.Contains('/', StringComparison.Ordinal) || z.Id == "UTC"))
            .Select(z => (Id: z.Id!, z.Zone))
            .Append((Id: "UTC", Zone: TimeZoneInfo.Utc))
            .DistinctBy(z => z.Id)
            .ToList();
}
