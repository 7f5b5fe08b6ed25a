using Microsoft.AspNetCore.Localization;

namespace Adoption.Portal.Web;

public static class PortalCultures
{
    public const string Default = "en";

    /// <summary>The portal's languages (<see cref="Locales.Supported"/>).</summary>
    public static IReadOnlyList<string> All => Locales.Supported;

    /// <summary>Each language named in itself, so a reader finds theirs whatever the page's language.</summary>
    public static readonly IReadOnlyDictionary<string, string> NativeNames = new Dictionary<string, string>
    {
        ["en"] = "English",
        ["fi"] = "Suomi",
        ["it"] = "Italiano",
        ["zh-Hans"] = "简体中文",
    };
}

/// <summary>A signed-in person's language comes from their profile, whatever the browser says.</summary>
internal sealed class ProfileCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var locale = httpContext.User.FindFirst(PortalClaims.Locale)?.Value;
        return Task.FromResult(Locales.IsSupported(locale) ? new ProviderCultureResult(locale) : null);
    }
}
