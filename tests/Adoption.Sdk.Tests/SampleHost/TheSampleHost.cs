using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Adoption.Sdk.Tests.SampleHost;

/// <summary>The sample product end to end: sign in as a demo user, see the portal's nudge, dismiss it for good.</summary>
public sealed class TheSampleHost : IAsyncLifetime
{
    private static readonly HtmlParser Parser = new();
    private FakeEngagementPortal _portal = null!;
    private WebApplicationFactory<Program> _host = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _portal = await FakeEngagementPortal.StartAsync();
        _portal.Decisions["user-001-01"] = $"[{FakeEngagementPortal.Banner()}]";
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Development")
            .UseSetting("Adoption:Endpoint", _portal.Endpoint.ToString())
            .UseSetting("Adoption:ServerKey", FakeEngagementPortal.ServerKey));
        _browser = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _host.DisposeAsync();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task ListTheDemoCustomersUsersAndSignInWithOneClick()
    {
        var signIn = await GetAsync("/SignIn");

        Assert.Contains("user-001-01", signIn.QuerySelectorAll("button[data-user]").Select(b => b.GetAttribute("data-user")));
        Assert.Equal("Anna Berg", signIn.QuerySelector("button[data-user='user-001-01']")!.TextContent);
        using var signedIn = await SubmitAsync(signIn.QuerySelector("button[data-user='user-001-01']")!.Closest("form")!);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ShowTheNudgeInItsPlacementUnderAStrictContentSecurityPolicy()
    {
        await SignInAsync("user-001-01");

        using var response = await _browser.GetAsync("/");
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.NotNull(page.QuerySelector("main [data-adoption-nudge='ngm_banner1'][data-adoption-kind='banner']"));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var script = page.QuerySelector("script[src='/_content/Adoption.Sdk.AspNetCore/adoption-nudges.js']")!;
        Assert.Contains($"'nonce-{script.GetAttribute("nonce")}'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script:not([src]), [style]"));
        Assert.Equal(HttpStatusCode.OK, (await _browser.GetAsync("/_content/Adoption.Sdk.AspNetCore/adoption-nudges.js")).StatusCode);
    }

    [Fact]
    public async Task KeepADismissedNudgeGoneAndTellThePortal()
    {
        await SignInAsync("user-001-01");
        var home = await GetAsync("/");

        Assert.Null(home.QuerySelector("[data-adoption-nudge] input[name='__RequestVerificationToken']"));

        // As the script does: the token is asked for when the user acts, then posted with the nudge's form.
        using var dismissed = await SubmitAsync(
            (IHtmlFormElement)home.QuerySelector("[data-adoption-nudge='ngm_banner1'] form")!, "[data-adoption-action='dismiss']", await AntiforgeryAsync());
        Assert.Equal("/", dismissed.Headers.Location!.OriginalString);
        var again = await GetAsync("/");

        Assert.Null(again.QuerySelector("[data-adoption-nudge]"));
        await Eventually.TrueAsync(
            () => _portal.Outcomes.Any(o => o["kind"]!.GetValue<string>() == "dismissed" && o["userId"]!.GetValue<string>() == "user-001-01"),
            "the dismissal to reach the portal");
    }

    [Fact]
    public async Task RenderPagesWithoutNudgesWhenThePortalIsDown()
    {
        await _portal.GoDownAsync();
        await SignInAsync("user-001-01");

        var home = await GetAsync("/");
        var reports = await GetAsync("/Reports");

        Assert.Equal("Dashboard", home.QuerySelector("h1")!.TextContent);
        Assert.Equal("Reports", reports.QuerySelector("h1")!.TextContent);
        Assert.Null(home.QuerySelector("[data-adoption-nudge]"));
    }

    [Fact]
    public async Task OpenTheSuccessPortalThroughAOneTimeLinkOrSayWhyNot()
    {
        _portal.PortalSignIns["user-001-01"] = true;
        await SignInAsync("user-001-01");

        var home = await GetAsync("/");
        using var opened = await SubmitAsync(home.QuerySelector("#open-success-portal")!.Closest("form")!);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("https://portal.example/portal-links/tok-user-001-01", opened.Headers.Location!.AbsoluteUri);

        await SignInAsync("user-002-01");
        using var refused = await SubmitAsync((await GetAsync("/")).QuerySelector("#open-success-portal")!.Closest("form")!);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("cannot be opened right now", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task SignInAsync(string userId)
    {
        var signIn = await GetAsync("/SignIn");
        using var response = await SubmitAsync(signIn.QuerySelector($"button[data-user='{userId}']")!.Closest("form")!);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<IHtmlDocument> GetAsync(string path)
    {
        using var response = await _browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    // The antiforgery form field and token, from the endpoint the nudges' script asks.
    private async Task<KeyValuePair<string, string>> AntiforgeryAsync()
    {
        using var response = await _browser.GetAsync("/_adoption/outcomes/token");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return KeyValuePair.Create(body["formFieldName"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    // Posts a form as a browser would: its fields, plus the pressed button's name and value.
    private Task<HttpResponseMessage> SubmitAsync(AngleSharp.Dom.IElement form, string? button = null, KeyValuePair<string, string>? antiforgery = null)
    {
        var html = (IHtmlFormElement)form;
        var fields = html.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is { Length: > 0 }).Select(i => KeyValuePair.Create(i.Name!, i.Value)).ToList();
        if (antiforgery is { } token)
        {
            fields.Add(token);
        }

        var pressed = (IHtmlButtonElement?)(button is null ? html.QuerySelector("button") : html.QuerySelector(button));
        if (pressed?.Name is { Length: > 0 } name)
        {
            fields.Add(KeyValuePair.Create(name, pressed.Value));
        }

        var action = pressed?.GetAttribute("formaction") ?? html.GetAttribute("action") ?? "";
        return _browser.PostAsync(action.Length == 0 ? "/SignIn" : action, new FormUrlEncodedContent(fields));
    }
}
