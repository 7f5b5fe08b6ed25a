namespace Adoption.Portal.Domain.Accounts;

/// <summary>The portal's languages: those of the articles the product comes from.</summary>
public static class Locales
{
    public const string Default = "en";
    public static readonly IReadOnlyList<string> Supported = ["en", "fi", "it", "zh-Hans"];

    public static bool IsSupported(string? locale) => locale is not null && Supported.Contains(locale);

    /// <summary>
    /// Whether a BCP 47 tag (<c>zh</c>, <c>zh-CN</c>, <c>zh_SG</c>, <c>zh-Hans-CN</c>…) is Chinese in the
    /// simplified script, so reads as <c>zh-Hans</c>: no script or region, the Hans script, or a region
    /// that writes it (CN, SG, MY). Traditional script or regions (zh-Hant, zh-TW, zh-HK) are not.
    /// </summary>
    public static bool IsSimplifiedChinese(string tag)
    {
        var parts = tag.Replace('_', '-').Split('-');
        if (!string.Equals(parts[0], "zh", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = parts.Skip(1).Select(p => p.ToUpperInvariant()).ToList();
        return rest.Count == 0 || (!rest.Contains("HANT") && (rest.Contains("HANS") || rest.Contains("CN") || rest.Contains("SG") || rest.Contains("MY")));
    }
}
