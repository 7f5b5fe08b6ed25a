using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;

namespace Adoption.Portal.Tests.Session;

public sealed class SigningIn(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task WithTheRightPasswordSetsAHardenedSessionCookie()
    {
        var client = portal.CreatePortalClient();
        var response = await client.PostFormAsync("/signin", new() { ["Input.Email"] = DemoSignIns.CustomerUser.Email, ["Input.Password"] = DemoSignIns.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-adoption.session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        // A session cookie: it ends with the browser, and the server ends it sooner (idle/absolute).
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithAWrongPasswordSaysSoWithoutRevealingTheAccount()
    {
        var client = portal.CreatePortalClient();
        var response = await client.PostFormAsync("/signin", new() { ["Input.Email"] = DemoSignIns.CustomerUser.Email, ["Input.Password"] = "not-the-password" });
        var unknown = await client.PostFormAsync("/signin", new() { ["Input.Email"] = "nobody@example.com", ["Input.Password"] = "not-the-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The email or password is not right.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-adoption.session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WithEmptyFieldsShowsAMessageByEachField()
    {
        var client = portal.CreatePortalClient();
        var response = await client.PostFormAsync("/signin", new() { ["Input.Email"] = "not-an-email", ["Input.Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Email\"", html, StringComparison.Ordinal);
        Assert.Contains("Enter an email address like name@example.com.", html, StringComparison.Ordinal);
        Assert.Contains("Enter your password.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocksTheAccountAfterFiveFailures()
    {
        var client = portal.CreatePortalClient();
        var form = () => new Dictionary<string, string> { ["Input.Email"] = DemoSignIns.ChineseCustomer.Email, ["Input.Password"] = "wrong-password" };
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/signin", form());
        }

        var locked = await client.PostFormAsync("/signin", new() { ["Input.Email"] = DemoSignIns.ChineseCustomer.Email, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Too many failed attempts", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendsEachKindOfPersonToTheirHomePage()
    {
        var customer = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var anonymous = portal.CreatePortalClient();

        Assert.Equal("/overview", (await customer.GetAsync("/")).Headers.Location?.OriginalString);
        Assert.Equal("/csm", (await csm.GetAsync("/")).Headers.Location?.OriginalString);
        Assert.Equal("/signin", (await anonymous.GetAsync("/")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task IgnoresAReturnUrlToAnotherSite()
    {
        var client = portal.CreatePortalClient();
        var response = await client.PostFormAsync("/signin?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new() { ["Input.Email"] = DemoSignIns.CustomerUser.Email, ["Input.Password"] = DemoSignIns.Password, ["ReturnUrl"] = "https://evil.example/" });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
