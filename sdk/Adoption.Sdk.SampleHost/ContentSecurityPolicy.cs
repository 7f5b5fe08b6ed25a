using System.Security.Cryptography;

namespace Adoption.Sdk.SampleHost;

/// <summary>
/// A strict Content-Security-Policy with a fresh nonce per response: only scripts and styles carrying the nonce
/// (or served by this host) run, and no inline code. The nudges work under it; that is what the sample shows.
/// </summary>
internal static class ContentSecurityPolicy
{
    private const string NonceKey = "csp-nonce";

    public static string Nonce(this HttpContext http) => (string)http.Items[NonceKey]!;

    public static IApplicationBuilder UseStrictContentSecurityPolicy(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            http.Items[NonceKey] = nonce;
            http.Response.Headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic'; style-src 'self' 'nonce-{nonce}'; " +
                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
            return next(http);
        });
}
