using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Adoption.Sdk.AspNetCore;

/// <summary>How the web package finds the signed-in user and where it listens. Every setting has a default.</summary>
public sealed class AdoptionAspNetCoreOptions
{
    /// <summary>
    /// The host's id of the signed-in user, the same id it sends in <c>Track</c> and <c>Identify</c>; <see langword="null"/>
    /// when nobody is signed in (then no nudge is shown and outcome posts are refused). Default: the
    /// <see cref="ClaimTypes.NameIdentifier"/> claim of <see cref="HttpContext.User"/>.
    /// </summary>
    public Func<HttpContext, string?> UserIdResolver { get; set; } = DefaultUserId;

    /// <summary>
    /// The language nudges are asked for, for example <c>fi</c>. Default: the language of
    /// <see cref="CultureInfo.CurrentUICulture"/> (set by request localization; Chinese as <c>zh-Hans</c>), or none
    /// for the invariant culture, when the portal uses the account's language.
    /// </summary>
    public Func<HttpContext, string?> LocaleResolver { get; set; } = DefaultLocale;

    /// <summary>Where the browser posts outcomes (same origin). Default: <c>/_adoption/outcomes</c>.</summary>
    public PathString OutcomesPath { get; set; } = "/_adoption/outcomes";

    /// <summary>
    /// Record a <c>seen</c> outcome when a nudge is rendered (at most once a day per nudge and user, as the portal
    /// counts views). Default: <see langword="true"/>.
    /// </summary>
    public bool RecordSeen { get; set; } = true;

    /// <summary>
    /// Add the package's script and stylesheet after the first nudge of a page. Turn off to include
    /// <c>_content/Adoption.Sdk.AspNetCore/adoption-nudges.js</c> and <c>.css</c> yourself. Default: <see langword="true"/>.
    /// </summary>
    public bool IncludeAssets { get; set; } = true;

    private static string? DefaultUserId(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier);

    private static string? DefaultLocale(HttpContext context) => CultureInfo.CurrentUICulture switch
    {
        { Name.Length: 0 } => null,
        { TwoLetterISOLanguageName: "zh" } => "zh-Hans",
        var culture => culture.TwoLetterISOLanguageName,
    };
}
