using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Ingestion;

public sealed partial class TheWriteKeysPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CreatesAKeyShownOnceThatTheApiAcceptsUntilRevoked()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var created = await csm.PostFormAsync("/csm/write-keys", new() { ["Input.Environment"] = "Staging", ["Input.Name"] = "Mobile app" }, "/csm/write-keys?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await csm.GetStringAsync("/csm/write-keys");
        var key = NewKey().Match(page).Groups[1].Value;
        Assert.Matches("^wk_[0-9a-f]{32}$", key);
        Assert.Contains($"<code>{key[..11]}…</code>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(key, await csm.GetStringAsync("/csm/write-keys"), StringComparison.Ordinal);

        await using var db = portal.CreateDb();
        var stored = await db.WriteKeys.Include(k => k.Environment).SingleAsync(k => k.Name == "Mobile app");
        Assert.Equal(("Staging", key[..11], 32), (stored.Environment!.Name, stored.Prefix, stored.Hash.Length));
        var api = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/v1/track", """{"userId":"u","event":"E","messageId":"new-key-1"}""", writeKey: key)).StatusCode);

        await csm.PostFormAsync("/csm/write-keys", [], $"/csm/write-keys?handler=Revoke&id={stored.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsync("/v1/track", """{"userId":"u","event":"E","messageId":"new-key-2"}""", writeKey: key)).StatusCode);
    }

    [Fact]
    public async Task ExplainsWhatIsMissing()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await csm.PostFormAsync("/csm/write-keys", new() { ["Input.Environment"] = "", ["Input.Name"] = "" }, "/csm/write-keys?handler=Create");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Name the product environment, e.g. Production.", html, StringComparison.Ordinal);
        Assert.Contains("Name the key after what uses it, e.g. Web app.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsForCsmsOnly()
    {
        var customer = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await customer.GetAsync("/csm/write-keys");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync(response.Headers.Location)).StatusCode);
    }

    [GeneratedRegex("data-testid=\"new-write-key\">([^<]+)<")]
    private static partial Regex NewKey();
}
