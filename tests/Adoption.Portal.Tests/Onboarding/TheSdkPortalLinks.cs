using System.Net;
using Adoption.Portal.Demo;
using Adoption.Sdk;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>
/// The host product's "Open your success portal": the SDK's CreatePortalLinkAsync against the real portal, the
/// link signing the contact in once, and null (never an exception) when there is no link to be had.
/// </summary>
public sealed class TheSdkPortalLinks(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SignTheContactInOnceAndNeverTwice()
    {
        await SetHostUserIdAsync(DemoSignIns.CustomerUser.Email, "host-ben-sdk");
        await using var sdk = Client(DemoServerKey.Value);

        var link = await sdk.CreatePortalLinkAsync("host-ben-sdk", "/plan");

        Assert.NotNull(link);
        var browser = portal.CreatePortalClient();
        var landed = await browser.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        Assert.Equal("/plan", landed.Headers.Location!.OriginalString);
        Assert.Contains("Ben Carter", await browser.GetStringAsync("/overview"), StringComparison.Ordinal);

        var again = await portal.CreatePortalClient().GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        var stranger = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/overview")).StatusCode);
    }

    [Fact]
    public async Task GiveEachClickItsOwnLink()
    {
        await SetHostUserIdAsync(DemoSignIns.ItalianCustomer.Email, "host-giulia-sdk");
        await using var sdk = Client(DemoServerKey.Value);

        var first = await sdk.CreatePortalLinkAsync("host-giulia-sdk");
        var second = await sdk.CreatePortalLinkAsync("host-giulia-sdk");

        Assert.NotEqual(first, second);
        Assert.Equal("/overview", (await portal.CreatePortalClient().GetAsync(second!.PathAndQuery)).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CreatePortalClient().GetAsync(first!.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task ReturnNullForUnknownUsersWrongKeysAndPathsOffThePortal()
    {
        await SetHostUserIdAsync(DemoSignIns.ChineseCustomer.Email, "host-li-sdk");
        await using var sdk = Client(DemoServerKey.Value);
        await using var wrongKey = Client("sk_not_a_key_of_this_portal_0000000000");
        await using var noKey = Client(null);

        Assert.Null(await sdk.CreatePortalLinkAsync("nobody-at-all"));
        Assert.Null(await sdk.CreatePortalLinkAsync("host-li-sdk", "https://evil.example/phish"));
        Assert.Null(await sdk.CreatePortalLinkAsync("host-li-sdk", "//evil.example"));
        Assert.Null(await sdk.CreatePortalLinkAsync(""));
        Assert.Null(await wrongKey.CreatePortalLinkAsync("host-li-sdk"));
        Assert.Null(await noKey.CreatePortalLinkAsync("host-li-sdk"));
        Assert.NotNull(await sdk.CreatePortalLinkAsync("host-li-sdk"));
    }

    private AdoptionClient Client(string? serverKey) => new(
        new AdoptionOptions { Endpoint = new Uri("https://localhost/"), WriteKey = "wk_unused_here", ServerKey = serverKey },
        new PortalHttp(portal));

    private async Task SetHostUserIdAsync(string email, string userId)
    {
        await using var db = portal.CreateDb();
        await db.Contacts.Where(c => c.Email == email).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExternalId, userId));
    }

    // The SDK's requests go to the portal in this process, as a host's would over the network.
    private sealed class PortalHttp(PortalFactory portal) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(portal.Server.CreateHandler());
    }
}
