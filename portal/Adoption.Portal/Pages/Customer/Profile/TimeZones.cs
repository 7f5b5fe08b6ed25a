namespace Adoption.Portal.Pages.Customer.Profile;

/// <summary>The IANA time zones this machine knows, with their current offset, for a pick list.</summary>
public static class TimeZones
{
    public sealed record Zone(string Id, string Label);

    private static readonly Lazy<IReadOnlyList<Zone>> Zones = new(Load);

    public static IReadOnlyList<Zone> All => Zones.Value;

    public static bool IsKnown(string? id) => id is not null && All.Any(z => z.Id == id);

    private static IReadOnlyList<Zone> Load()
    {
        var now = DateTime.UtcNow;
        var zones = TimeZoneInfo.GetSystemTimeZones()
            .Select(tz => (Zone: tz, Id: tz.HasIanaId ? tz.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(tz.Id, out var iana) ? iana : null))
            .Where(z => z.Id is not null && (z.Id.Contains('/', StringComparison.Ordinal) || z.Id == "UTC"))
            .DistinctBy(z => z.Id)
            .Select(z => (Offset: z.Zone.GetUtcOffset(now), z.Id))
            .Append((Offset: TimeSpan.Zero, Id: "UTC"))
            .DistinctBy(z => z.Id)
            .OrderBy(z => z.Offset).ThenBy(z => z.Id, StringComparer.Ordinal)
            .Select(z => new Zone(z.Id!, $"(UTC{(z.Offset < TimeSpan.Zero ? "-" : "+")}{z.Offset:hh\\:mm}) {z.Id}"));
        return zones.ToList();
    }
}
