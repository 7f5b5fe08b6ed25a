using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.ServerKeys;

public sealed partial class TheServerKeys(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AreShownOnceStoredHashedAndRefusedOnceRevoked()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var created = await csm.PostFormAsync("/csm/write-keys", new() { ["Input.Environment"] = "Staging", ["Input.Name"] = "Billing server" },
            "/csm/write-keys?handler=CreateServerKey");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = NewServerKey().Match(await csm.GetStringAsync("/csm/write-keys")).Groups[1].Value;
        Assert.Matches("^sk_[0-9a-f]{32}$", key);
        Assert.DoesNotContain(key, await csm.GetStringAsync("/csm/write-keys"), StringComparison.Ordinal);

        await using var db = portal.CreateDb();
        var stored = await db.ServerKeys.Include(k => k.Environment).SingleAsync(k => k.Name == "Billing server");
        Assert.Equal(("Staging", key[..11], 32), (stored.Environment!.Name, stored.Prefix, stored.Hash.Length));
        Assert.Equal("""{"environment":"Staging"}""", await (await CheckAsync(key)).Content.ReadAsStringAsync());

        await csm.PostFormAsync("/csm/write-keys", [], $"/csm/write-keys?handler=RevokeServerKey&id={stored.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await CheckAsync(key)).StatusCode);
    }

    [Fact]
    public async Task AcceptTheDemoKeyPrintedAtStart()
    {
        var response = await CheckAsync(DemoServerKey.Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"environment":"Production"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sk_0000000000000000000000000000000")]
    [InlineData(DemoSignIns.WriteKey)]
    public async Task RefuseAMissingUnknownOrWriteKeyWithProblemDetails(string? key)
    {
        var response = await CheckAsync(key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Unknown server key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task AreNotAcceptedAsWriteKeys()
    {
        var api = portal.CreatePortalClient();

        var response = await api.PostAsync("/v1/track", """{"userId":"u","event":"E","messageId":"server-key-as-write-key"}""", writeKey: DemoServerKey.Value);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> CheckAsync(string? key)
    {
        var api = portal.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/server-key");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":")));
        }

        return await api.SendAsync(request);
    }

    [GeneratedRegex("data-testid=\"new-server-key\">([^<]+)<")]
    private static partial Regex NewServerKey();
}
