using System.Net;
using System.Text.RegularExpressions;

namespace Adoption.Benchmarks.Pages;

internal static partial class SignIn
{
    /// <summary>Signs in through the real form and returns the Cookie header value the load generator sends.</summary>
    public static async Task<string> CookieAsync(Uri baseAddress, string email, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        var form = await client.GetStringAsync(new Uri("/signin", UriKind.Relative));
        var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        }

        return cookies.GetCookieHeader(baseAddress);
    }

    /// <summary>Proves each page answers 200 with its content for this cookie before any number is taken.</summary>
    public static async Task CheckAsync(Uri baseAddress, string cookie, IEnumerable<(string Path, string MustContain)> pages, (string Path, string Marker, int Count) expectedRows)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        foreach (var (path, mustContain) in pages)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains(mustContain, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} without \"{mustContain}\".");
            }

            if (path == expectedRows.Path && Regex.Count(html, Regex.Escape(expectedRows.Marker)) < expectedRows.Count)
            {
                throw new InvalidOperationException($"{path} shows fewer than {expectedRows.Count} rows.");
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
