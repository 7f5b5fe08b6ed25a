namespace Adoption.Portal.Security;

/// <summary>
/// The response headers every answer carries, pages, error pages and APIs alike (ASVS 5.0 V3.4).
/// Pages may run only the portal's own files and elements carrying the request's nonce; nothing
/// may frame the portal. API answers are data, so they may load nothing at all.
/// </summary>
internal static class SecurityHeaders
{
    public const string ApiPolicy = "api";

    /// <summary>HSTS for a year including subdomains; the library sends it only over https.</summary>
    private const int OneYear = 365 * 24 * 60 * 60;

    public static void AddPortalSecurityHeaders(this IServiceCollection services, bool development)
    {
        services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(p => Common(p, development).AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().WithNonce();
                csp.AddStyleSrc().Self().WithNonce();
                // Chart.js draws on canvases; the portal shows no third-party images.
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            }))
            .AddPolicy(ApiPolicy, p => Common(p, development).AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().None();
                csp.AddFrameAncestors().None();
            }))
            .SetPolicySelector(ctx => IsApi(ctx.HttpContext.Request.Path) ? ctx.ConfiguredPolicies[ApiPolicy] : ctx.DefaultPolicy);
    }

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/v1") || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi");

    private static HeaderPolicyCollection Common(HeaderPolicyCollection p, bool development)
    {
        p.AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(x => x.SameOrigin())
            .RemoveServerHeader();
        if (!development)
        {
            p.AddStrictTransportSecurityMaxAgeIncludeSubDomains(OneYear);
        }

        return p;
    }
}
