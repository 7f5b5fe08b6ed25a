namespace Adoption.Portal.Revenue;

/// <summary>The ISO 4217 codes some culture of the runtime uses: a code outside it is a typo, not a currency.</summary>
public static class Currencies
{
    private static readonly HashSet<string> Known = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => new RegionInfo(c.Name).ISOCurrencySymbol).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? code) => code is { Length: 3 } && Known.Contains(code);
}
