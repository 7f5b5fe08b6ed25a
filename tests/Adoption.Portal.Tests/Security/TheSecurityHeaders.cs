using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Security;
using Adoption.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Adoption.Portal.Tests.Security;

/// <summary>Every answer carries the security headers: pages, error pages, sign-in redirects and APIs (ASVS 5.0 V3.4).</summary>
public sealed partial class TheSecurityHeaders(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/signin", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/plan", HttpStatusCode.Redirect)]
    [InlineData("/csm/today", HttpStatusCode.Redirect)]
    public async Task AreOnEveryPageAndErrorPage(string path, HttpStatusCode expected)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        AssertCommonHeaders(response);
        var csp = Csp(response);
        Assert.Contains("default-src 'self'", csp);
        Assert.Matches(ScriptNonce(), csp);
        Assert.Matches(StyleNonce(), csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }

    [Fact]
    public async Task GiveEachRequestItsOwnNonce()
    {
        var client = portal.CreatePortalClient();
        var first = ScriptNonce().Match(Csp(await client.GetAsync("/signin"))).Groups[1].Value;
        var second = ScriptNonce().Match(Csp(await client.GetAsync("/signin"))).Groups[1].Value;

        Assert.NotEqual(first, second);
        Assert.True(first.Length >= 16, first);
    }

    [Fact]
    public async Task AreOnEverySignedInPageWithChartsToo()
    {
        var client = await portal.SignInAsync("anna@northwind.example");

        foreach (var path in new[] { "/overview", "/adoption", "/value", "/review", "/profile" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            AssertCommonHeaders(response);
            var html = await response.Content.ReadAsStringAsync();
            // No inline script or style the policy would block: every script is a file of the portal's own.
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(StyleAttribute(), html);
        }
    }

    [Theory]
    [InlineData("/v1/batch", "POST", HttpStatusCode.BadRequest)]
    [InlineData("/health/live", "GET", HttpStatusCode.OK)]
    [InlineData("/v1/server-key", "GET", HttpStatusCode.Unauthorized)]
    public async Task AreOnApiAnswersWithAPolicyThatLoadsNothing(string path, string method, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        var response = await Client().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        AssertCommonHeaders(response);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Csp(response));
    }

    [Fact]
    public async Task RedirectPlainHttpToHttpsOutsideDevelopment()
    {
        using var factory = new PortalFactory().WithWebHostBuilder(b => b.UseSetting("Portal:HttpsPort", "443"));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

        var response = await client.GetAsync("/signin?returnUrl=%2Fplan");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("https://localhost/signin?returnUrl=%2Fplan", response.Headers.Location?.ToString());
    }

    [Fact]
    public void RefuseToStartOnPlainHttpAloneInProduction()
    {
        var production = Requirement("Production", []);

        Assert.Equal(HttpsRequirement.Unreachable, production.Problem(["http://0.0.0.0:8080"]));
        Assert.Null(production.Problem(["http://0.0.0.0:8080", "https://0.0.0.0:8443"]));
        Assert.Null(Requirement("Production", new() { ["Portal:ForwardedHeaders"] = "true" }).Problem(["http://0.0.0.0:8080"]));
        Assert.Null(Requirement("Production", new() { ["Portal:AllowHttp"] = "true" }).Problem(["http://0.0.0.0:8080"]));
        Assert.Null(Requirement("Development", []).Problem(["http://localhost:5080"]));
        Assert.Contains("Portal:ForwardedHeaders", HttpsRequirement.Unreachable);
    }

    /// <summary>A client for a real host name, so the answers carry HSTS.</summary>
    private HttpClient Client() => portal.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example") });

    private static HttpsRequirement Requirement(string environment, Dictionary<string, string?> settings) =>
        HttpsRequirement.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new Env(environment));

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        // Testing is not Development and the client speaks https; browsers ignore HSTS from localhost, and so does the library.
        if (response.RequestMessage?.RequestUri?.Host != "localhost")
        {
            Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
        }
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string Csp(HttpResponseMessage response) => Header(response, "Content-Security-Policy");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode})");

    [GeneratedRegex("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex ScriptNonce();

    [GeneratedRegex("style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex StyleNonce();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\sstyle=\"", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Adoption.Portal";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
