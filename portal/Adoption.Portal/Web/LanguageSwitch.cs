using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Adoption.Portal.Web;

/// <summary>The footer's language switch: where it returns to and how it remembers the choice.</summary>
public static class LanguageSwitch
{
    /// <summary>The page the person is on: on a status page, the address they asked for, not /status/404.</summary>
    public static string ReturnUrlOf(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } original)
        {
            return original.OriginalPathBase + original.OriginalPath + original.OriginalQueryString;
        }

        return context.Request.PathBase + context.Request.Path + context.Request.QueryString;
    }

    /// <summary>Sets ASP.NET Core's standard culture cookie, which the cookie culture provider reads.</summary>
    public static void RememberCulture(this HttpResponse response, string culture, DateTimeOffset now) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = now.AddYears(1),
                // A language choice is a setting the person asked for, not tracking.
                IsEssential = true,
                HttpOnly = true,
                Secure = response.HttpContext.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
            });
}
