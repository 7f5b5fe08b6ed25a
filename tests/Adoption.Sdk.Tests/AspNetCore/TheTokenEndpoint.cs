using System.Net;
using System.Text.Json.Nodes;

namespace Adoption.Sdk.Tests.AspNetCore;

/// <summary>
/// GET /_adoption/outcomes/token: the antiforgery token the script asks for the first time the user acts, since the
/// rendered nudges carry none. Only for the signed-in user, never cached.
/// </summary>
public sealed class TheTokenEndpoint
{
    private const string Anna = "user-001-01";

    [Fact]
    public async Task GiveTheSignedInUserATokenAndItsCookieThatNoCacheKeeps()
    {
        await using var host = await HostApp.StartAsync();

        using var response = await host.GetTokenAsync(Anna);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore, "Cache-Control: no-store");
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["formFieldName", "headerName", "token"], body.Select(p => p.Key).Order());
        Assert.Equal(("RequestVerificationToken", "__RequestVerificationToken"), (body["headerName"]!.GetValue<string>(), body["formFieldName"]!.GetValue<string>()));
        Assert.StartsWith("CfDJ8", body["token"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseATokenWhenNobodyIsSignedIn()
    {
        await using var host = await HostApp.StartAsync();

        using var response = await host.GetTokenAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "no antiforgery cookie for nobody");
    }

    [Fact]
    public async Task LiveNextToTheOutcomesWhereverTheHostPutsThem()
    {
        await using var host = await HostApp.StartAsync(o => o.OutcomesPath = "/hooks/adoption");
        using var token = await host.GetTokenAsync(Anna, "/hooks/adoption/token");
        var antiforgery = JsonNode.Parse(await token.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "tok-banner1", ["kind"] = "dismissed" });
        form.Headers.Add("RequestVerificationToken", antiforgery);

        using var posted = await host.PostAsync(Anna, form, "/hooks/adoption", accept: "application/json");
        using var old = await host.GetTokenAsync(Anna);
        await host.Adoption.FlushAsync();

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.NotFound), (posted.StatusCode, old.StatusCode));
        Assert.Equal("dismissed", Assert.Single(host.Portal.Outcomes)["kind"]!.GetValue<string>());
    }
}
