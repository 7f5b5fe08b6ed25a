using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace Adoption.Portal.Web;

/// <summary>
/// The browser's languages in its order of preference, with Chinese tags that name no script read
/// as Simplified Chinese where that is the script in use. A bare "zh" has no parent the portal
/// supports and would fall to English; "zh-CN" and "zh-SG" reach zh-Hans only through ICU's parent
/// data, which this does not rely on. Traditional Chinese (zh-TW, zh-HK) is left alone.
/// </summary>
internal sealed class BrowserCultureProvider : AcceptLanguageHeaderRequestCultureProvider
{
    private const string Simplified = "zh-Hans";

    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var result = await base.DetermineProviderCultureResult(httpContext);
        if (result is null)
        {
            return null;
        }

        var cultures = result.UICultures
            .Select(c => Locales.IsSimplifiedChinese(c.ToString()) ? new StringSegment(Simplified) : c)
            .ToList();
        return new ProviderCultureResult(cultures);
    }
}
