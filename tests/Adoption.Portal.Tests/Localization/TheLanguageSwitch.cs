using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Localization;

/// <summary>The footer's language switch: for everyone, remembered in the culture cookie and in a signed-in person's profile.</summary>
public sealed class TheLanguageSwitch(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task OffersEveryLanguageNamedInItselfAndReturnsToTheSamePage()
    {
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "it-IT");

        var page = await client.GetStringAsync("/signin?ReturnUrl=%2Fplan");

        Assert.Contains("<input type=\"hidden\" name=\"returnUrl\" value=\"/signin?ReturnUrl=%2Fplan\" />", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"language-choice\">Lingua</label>", page, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Cambia lingua</button>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"en\" lang=\"en\">English</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fi\" lang=\"fi\">Suomi</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"it\" lang=\"it\" selected=\"selected\">Italiano</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"zh-Hans\" lang=\"zh-Hans\">简体中文</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetsAVisitorChooseBeforeSigningInAndTheChoiceOutranksTheBrowser()
    {
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "it-IT");

        var response = await client.PostFormAsync("/signin?ReturnUrl=%2Fplan",
            new() { ["culture"] = "fi", ["returnUrl"] = "/signin?ReturnUrl=%2Fplan" }, "/language");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2Fplan", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dfi%7Cuic%3Dfi;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        var page = await client.GetStringAsync("/signin?ReturnUrl=%2Fplan");
        Assert.Contains("<h1>Kirjaudu sisään</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fi\" lang=\"fi\" selected=\"selected\">Suomi</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavesASignedInPersonsChoiceInTheirProfileAndRefreshesTheirSignIn()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        Assert.Contains("<html lang=\"en\">", await anna.GetStringAsync("/overview"), StringComparison.Ordinal);

        var response = await anna.PostFormAsync("/overview", new() { ["culture"] = "zh-Hans", ["returnUrl"] = "/overview" }, "/language");

        Assert.Equal("/overview", response.Headers.Location?.OriginalString);
        // The profile outranks the culture cookie, so this shows the sign-in cookie was reissued with the new language.
        Assert.Contains(">生命周期阶段</h2>", await anna.GetStringAsync("/overview"), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.Equal("zh-Hans", await db.Users.Where(u => u.Email == DemoSignIns.CustomerAdmin.Email).Select(u => u.Locale).SingleAsync());
        // Elsewhere, with neither the culture cookie nor the old session, the profile still speaks Chinese.
        var elsewhere = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        Assert.Contains("<html lang=\"zh-Hans\">", await elsewhere.GetStringAsync("/overview"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task ReturnsOnlyToAnAddressOnThisSite(string returnUrl)
    {
        var client = portal.CreatePortalClient();

        var response = await client.PostFormAsync("/signin", new() { ["culture"] = "it", ["returnUrl"] = returnUrl }, "/language");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RefusesALanguageThePortalDoesNotSpeakAndChangesNothing()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var response = await ben.PostFormAsync("/overview", new() { ["culture"] = "de", ["returnUrl"] = "/overview" }, "/language");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
        await using var db = portal.CreateDb();
        Assert.Equal("en", await db.Users.Where(u => u.Email == DemoSignIns.CustomerUser.Email).Select(u => u.Locale).SingleAsync());
    }
}
