using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;

namespace Adoption.Testing;

public static partial class SignedInClient
{
    /// <summary>Signs in through the real sign-in form (antiforgery and all) and returns the client.</summary>
    public static async Task<HttpClient> SignInAsync(this PortalFactory factory, string email, string password = DemoSignIns.Password)
    {
        var client = factory.CreatePortalClient();
        var response = await client.PostFormAsync("/signin", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>GETs <paramref name="formPage"/> for its antiforgery token, then posts the form there (or to <paramref name="action"/>).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{formPage} has no antiforgery token.");
        }

        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action ?? formPage, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
