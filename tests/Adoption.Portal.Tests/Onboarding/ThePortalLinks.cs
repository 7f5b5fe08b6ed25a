using System.Net;
using System.Text.Json.Nodes;
using Adoption.Portal.AccessLinks;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>Sign-in from the host product: a server-made link that works once, for five minutes, and only lands on the portal.</summary>
public sealed class ThePortalLinks(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SignsTheMatchingContactInOnceAndLandsOnTheReturnPath()
    {
        var userId = await SetHostUserIdAsync(DemoSignIns.CustomerUser.Email, "host-ben-42");
        var (status, url) = await CreateAsync($$"""{"userId":"{{userId}}","returnPath":"/plan?tab=mine"}""");

        Assert.Equal(HttpStatusCode.Created, status);
        var browser = portal.CreatePortalClient();
        var landed = await browser.GetAsync(new Uri(url!).PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        Assert.Equal("/plan?tab=mine", landed.Headers.Location!.OriginalString);
        Assert.Contains("Ben Carter", await browser.GetStringAsync("/overview"), StringComparison.Ordinal);

        var twice = await portal.CreatePortalClient().GetAsync(new Uri(url!).PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, twice.StatusCode);
    }

    [Fact]
    public async Task FindsTheContactByEmailWhenTheUserIdIsNotKnownYet()
    {
        var (status, url) = await CreateAsync($$"""{"userId":"host-unknown-7","email":"{{DemoSignIns.OtherCustomer.Email.ToUpperInvariant()}}"}""");

        Assert.Equal(HttpStatusCode.Created, status);
        var landed = await portal.CreatePortalClient().GetAsync(new Uri(url!).PathAndQuery);
        Assert.Equal("/overview", landed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ExpiresAfterFiveMinutes()
    {
        var userId = await SetHostUserIdAsync(DemoSignIns.ItalianCustomer.Email, "host-giulia");
        var (_, url) = await CreateAsync($$"""{"userId":"{{userId}}"}""");

        portal.Clock.Advance(AccessLinkIssuer.PortalSignInLifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Gone, (await portal.CreatePortalClient().GetAsync(new Uri(url!).PathAndQuery)).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("plan")]
    public async Task RefusesAReturnPathOffThePortal(string returnPath)
    {
        var userId = await SetHostUserIdAsync(DemoSignIns.ChineseCustomer.Email, "host-li");
        var (status, body) = await CreateRawAsync(new JsonObject { ["userId"] = userId, ["returnPath"] = returnPath }.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["returnPath"]);
    }

    [Fact]
    public async Task RefusesForgedTokensUnknownUsersAndCallersWithoutAServerKey()
    {
        Assert.Equal(HttpStatusCode.Gone, (await portal.CreatePortalClient().GetAsync("/portal-links/" + new string('A', 43))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CreateRawAsync("""{"userId":"nobody-at-all"}""")).Status);
        var anonymous = await portal.CreatePortalClient().SendAsync(ServerApi.Request(HttpMethod.Post, "/v1/portal-links", """{"userId":"x"}""", key: null));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await CreateRawAsync("nonsense")).Status);
    }

    private async Task<string> SetHostUserIdAsync(string email, string userId)
    {
        await using var db = portal.CreateDb();
        await db.Contacts.Where(c => c.Email == email).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExternalId, userId));
        return userId;
    }

    private async Task<(HttpStatusCode Status, string? Url)> CreateAsync(string json)
    {
        var (status, body) = await CreateRawAsync(json);
        return (status, body?["url"]?.GetValue<string>());
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> CreateRawAsync(string json)
    {
        var response = await portal.CreatePortalClient().SendAsync(ServerApi.Request(HttpMethod.Post, "/v1/portal-links", json));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
