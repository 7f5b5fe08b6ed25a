using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Adoption.Sdk.Tests.AspNetCore;

/// <summary>
/// POST /_adoption/outcomes: same origin, antiforgery-protected, bound to the host's signed-in user, forwarded to
/// the portal by the SDK with the server key.
/// </summary>
public sealed class TheOutcomeEndpoint
{
    private const string Anna = "user-001-01";

    private static FormUrlEncodedContent Form(string antiforgery, string kind, string token = "tok-banner1", string returnUrl = "/reports?view=all") =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["token"] = token, ["kind"] = kind, ["returnUrl"] = returnUrl });

    [Fact]
    public async Task ForwardAFormPostForTheSignedInUserAndGoBackToThePage()
    {
        await using var host = await HostApp.StartAsync();
        var antiforgery = await host.AntiforgeryTokenAsync(Anna);

        using var response = await host.PostAsync(Anna, Form(antiforgery, "dismissed"));
        await host.Adoption.FlushAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/reports?view=all", response.Headers.Location!.OriginalString);
        var outcome = Assert.Single(host.Portal.Outcomes);
        Assert.Equal(("tok-banner1", Anna, "dismissed"), (outcome["token"]!.GetValue<string>(), outcome["userId"]!.GetValue<string>(), outcome["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AcceptAScriptsPostWithoutRedirecting()
    {
        await using var host = await HostApp.StartAsync();
        var antiforgery = await host.AntiforgeryTokenAsync(Anna);

        // As the script posts: the form's fields as multipart, the token in the header the token endpoint named.
        using var form = new MultipartFormDataContent { { new StringContent("tok-banner1"), "token" }, { new StringContent("snoozed"), "kind" } };
        form.Headers.Add("RequestVerificationToken", antiforgery);

        using var response = await host.PostAsync(Anna, form, accept: "application/json");
        await host.Adoption.FlushAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("snoozed", Assert.Single(host.Portal.Outcomes)["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task AcknowledgeASurveyAnswerOnceQueuedAndDeliverItWhenThePortalIsBack()
    {
        await using var host = await HostApp.StartAsync();
        var antiforgery = await host.AntiforgeryTokenAsync(Anna);
        await host.Portal.GoDownAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["token"] = "tok-survey1", ["kind"] = "answered", ["score"] = "3",
            ["comment"] = "Exports time out.", ["mayContact"] = "on",
        });

        // The portal is down, and the browser still hears back: the answer is queued, not waiting on the portal.
        using var response = await host.PostAsync(Anna, form, accept: "application/json");
        await host.Portal.ComeBackAsync();
        await host.Adoption.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = Assert.Single(host.Portal.Answers);
        Assert.Equal((Anna, 3, "Exports time out.", true),
            (answer["userId"]!.GetValue<string>(), answer["score"]!.GetValue<int>(), answer["comment"]!.GetValue<string>(), answer["mayContact"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task TakeTheUserFromTheSignInNeverFromTheBody()
    {
        await using var host = await HostApp.StartAsync();
        var antiforgery = await host.AntiforgeryTokenAsync(Anna);
        using var json = new StringContent("""{ "token": "tok-banner1", "kind": "cta", "userId": "user-002-01" }""", Encoding.UTF8, "application/json");
        json.Headers.Add("RequestVerificationToken", antiforgery);

        using var response = await host.PostAsync(Anna, json);
        await host.Adoption.FlushAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(Anna, Assert.Single(host.Portal.Outcomes)["userId"]!.GetValue<string>());
    }

    [Fact]
    public async Task FollowACallToActionToALocalAddressOnly()
    {
        await using var host = await HostApp.StartAsync();
        var antiforgery = await host.AntiforgeryTokenAsync(Anna);

        using var local = await host.PostAsync(Anna, Form(antiforgery, "cta"), "/_adoption/outcomes?next=%2Freports%2Fnew");
        using var elsewhere = await host.PostAsync(Anna, Form(antiforgery, "cta"), "/_adoption/outcomes?next=%2F%2Fevil.example%2F");

        Assert.Equal("/reports/new", local.Headers.Location!.OriginalString);
        Assert.Equal("/reports?view=all", elsewhere.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RefuseAPostWithoutAValidAntiforgeryToken()
    {
        await using var host = await HostApp.StartAsync();
        await host.AntiforgeryTokenAsync(Anna);

        using var missing = await host.PostAsync(Anna, Form("", "dismissed"));
        using var forged = await host.PostAsync(Anna, Form("CfDJ8forged", "dismissed"));
        await host.Adoption.FlushAsync();

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, forged.StatusCode));
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        Assert.Empty(host.Portal.Outcomes);
    }

    [Fact]
    public async Task RefuseAnotherUsersAntiforgeryToken()
    {
        // Antiforgery tokens are bound to the signed-in identity: a page opened by Anna cannot post as Ben.
        await using var host = await HostApp.StartAsync();
        var annas = await host.AntiforgeryTokenAsync(Anna);

        using var response = await host.PostAsync("user-002-01", Form(annas, "dismissed"));
        await host.Adoption.FlushAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Portal.Outcomes);
    }

    [Fact]
    public async Task RefuseAPostWhenNobodyIsSignedIn()
    {
        await using var host = await HostApp.StartAsync();
        var antiforgery = await host.AntiforgeryTokenAsync(Anna);

        using var response = await host.PostAsync(null, Form(antiforgery, "dismissed"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExplainAnUnknownKindOrAMissingTokenPerField()
    {
        await using var host = await HostApp.StartAsync();
        var antiforgery = await host.AntiforgeryTokenAsync(Anna);

        using var response = await host.PostAsync(Anna, Form(antiforgery, "liked", token: ""));
        await host.Adoption.FlushAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["kind", "token"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Empty(host.Portal.Outcomes);
    }

    [Fact]
    public async Task AnswerABodyThatIsNotWhatItClaimsWith400()
    {
        await using var host = await HostApp.StartAsync();
        var antiforgery = await host.AntiforgeryTokenAsync(Anna);
        using var broken = new StringContent("--nope\r\nnot a part", Encoding.UTF8);
        broken.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=expected");
        broken.Headers.Add("RequestVerificationToken", antiforgery);
        using var json = new StringContent("{ not json", Encoding.UTF8, "application/json");
        json.Headers.Add("RequestVerificationToken", antiforgery);

        using var multipart = await host.PostAsync(Anna, broken);
        using var notJson = await host.PostAsync(Anna, json);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (multipart.StatusCode, notJson.StatusCode));
    }
}
