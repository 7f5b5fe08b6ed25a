using System.Net;
using System.Text;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Security;

/// <summary>
/// Every page and endpoint the portal serves, read from its endpoints, tried anonymously and with the
/// wrong role (ASVS 5.0 V8): strangers are sent to sign in or get 401, the wrong role gets 403. Another
/// account's ids (404) are walked by the tenancy walk. A page or endpoint without authorization must be
/// on the public list below, so making something public is a visible decision.
/// </summary>
public sealed class TheAccessWalk(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly HashSet<string> PublicPages =
        ["", "Index", "signin", "signout", "forbidden", "error", "status/{code:int}", "language", "docs/tracking-api", "invitations/{token}", "portal-links/{token}", "password/forgot", "password/reset/{token}", "password/changed", "unsubscribe/{token}", "training/verify", "signin/code", "survey/{token}/{score:int?}"];

    private static readonly HashSet<string> PublicEndpoints = ["health/live", "health/ready", "openapi/{documentName}.json"];

    [Fact]
    public async Task SendsStrangersToSignInAndTheWrongRoleToForbiddenOnEveryPage()
    {
        var anonymous = portal.CreatePortalClient();
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var customerUser = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var customerAdmin = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        var checkedPages = 0;
        foreach (var (pattern, policies) in Pages())
        {
            if (policies.Count == 0)
            {
                Assert.True(PublicPages.Contains(pattern), $"/{pattern} has no authorization and is not on the public list");
                continue;
            }

            var url = Url(pattern);
            await AssertRedirectAsync(anonymous, url, "/signin");
            if (policies.Contains("Customer") || policies.Contains("CustomerAdmin"))
            {
                // Vendor staff see customers' data through the CSM workspace, never as a customer.
                await AssertRedirectAsync(csm, url, "/forbidden");
            }

            if (policies.Contains("CustomerAdmin"))
            {
                await AssertRedirectAsync(customerUser, url, "/forbidden");
            }

            if (policies.Contains("Csm") || policies.Contains("CsOps"))
            {
                await AssertRedirectAsync(customerAdmin, url, "/forbidden");
            }

            checkedPages++;
        }

        Assert.True(checkedPages >= 30, $"only {checkedPages} protected pages walked");
        Assert.Equal(HttpStatusCode.Forbidden, (await customerUser.GetAsync("/forbidden")).StatusCode);
    }

    [Fact]
    public async Task AnswersStrangersOfEveryApiEndpointWith401()
    {
        var anonymous = portal.CreatePortalClient();
        var walked = 0;
        foreach (var (pattern, methods) in Endpoints())
        {
            if (PublicEndpoints.Contains(pattern))
            {
                continue;
            }

            Assert.StartsWith("v1/", pattern, StringComparison.Ordinal);
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), "/" + pattern);
                if (method == "POST")
                {
                    // A well-formed body, so only the missing key can be what is refused.
                    var body = pattern.EndsWith("batch", StringComparison.Ordinal) || pattern.EndsWith("import", StringComparison.Ordinal)
                        ? """{"batch":[]}""" : """{"userId":"u","event":"E","groupId":"g","previousId":"p","name":"n"}""";
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }

                var response = await anonymous.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} /{pattern} answered a stranger {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                walked++;
            }
        }

        Assert.True(walked >= 8, $"only {walked} API endpoints walked");
    }

    private IEnumerable<(string Pattern, IReadOnlyList<string> Policies)> Pages() =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => (e.RoutePattern.RawText!.Trim('/'), e.Metadata.GetMetadata<IAllowAnonymous>() is not null ? [] : (IReadOnlyList<string>)e.Metadata
                .GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "signed-in").ToList()))
            .DistinctBy(p => p.Item1);

    private IEnumerable<(string Pattern, IReadOnlyList<string> Methods)> Endpoints() =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null && e.RoutePattern.RawText is not null)
            .Select(e => (e.RoutePattern.RawText!.Trim('/'), (IReadOnlyList<string>)(e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET"])));

    /// <summary>Authorization runs before any page code, so any value of the right shape stands in for a parameter.</summary>
    private static string Url(string pattern) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}:]+)(:int)?[^}]*\}", m => m.Groups[2].Success ? "1" : "x");

    private static async Task AssertRedirectAsync(HttpClient client, string url, string to)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == to,
            $"{url} answered {(int)response.StatusCode} {response.Headers.Location}, not a redirect to {to}");
    }
}
