namespace Adoption.Portal.Ingestion.Writing;

/// <summary>Reads the free-text role and locale traits host products send into the portal's values.</summary>
internal static class TraitMapping
{
    /// <summary><c>"Executive sponsor"</c>, <c>"executive_sponsor"</c>, <c>"sponsor"</c>, <c>"champion"</c>, <c>"admin"</c>, <c>"user"</c>.</summary>
    public static ContactRole? Role(string? role)
    {
        var key = role?.Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return key switch
        {
            "EXECUTIVESPONSOR" or "SPONSOR" or "EXECUTIVE" => ContactRole.ExecutiveSponsor,
            "CHAMPION" => ContactRole.Champion,
            "ADMIN" or "ADMINISTRATOR" => ContactRole.Admin,
            "USER" or "MEMBER" => ContactRole.User,
            _ => null,
        };
    }

    /// <summary>A BCP 47 tag (<c>fi-FI</c>, <c>zh-CN</c>, <c>zh-Hans</c>, <c>it</c>…) as one of the portal's locales, if supported.</summary>
    public static string? Locale(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        if (Locales.IsSimplifiedChinese(tag))
        {
            return "zh-Hans";
        }

        // Traditional Chinese stays unmapped rather than being shown Simplified Chinese.
        var language = tag.Replace('_', '-').Split('-')[0].ToLowerInvariant();
        return language != "zh" && Locales.IsSupported(language) ? language : null;
    }
}
