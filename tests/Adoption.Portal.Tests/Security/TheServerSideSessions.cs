using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Identity;
using Adoption.Testing;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Security;

/// <summary>
/// A session lives in the database: a cookie saved before sign-out, a password change, a role change or
/// the person being marked as left is worthless on the very next request (ASVS 5.0 V7.4).
/// </summary>
public sealed class TheServerSideSessions(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EndOnSignOutSoASavedCookieIsWorthless()
    {
        var (client, saved) = await SignInAsync(DemoSignIns.OtherCustomer.Email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overview")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/overview", [], "/signout")).StatusCode);

        var replay = portal.CreatePortalClient();
        replay.DefaultRequestHeaders.Add("Cookie", saved);
        var response = await replay.GetAsync("/overview");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/signin", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndAtOnceWhenAnAdminMarksThePersonAsLeft()
    {
        await using var db = portal.CreateDb();
        var ben = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.CustomerUser.Email);
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == ben.ContactId);
        var benClient = await portal.SignInAsync(ben.Email!);
        Assert.Equal(HttpStatusCode.OK, (await benClient.GetAsync("/plan")).StatusCode);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var saved = await anna.PostFormAsync($"/team/contacts/{contact.Id}", new()
        {
            ["Input.Role"] = contact.Role.ToString(), ["Input.PortalRole"] = Roles.CustomerUser, ["Input.Left"] = "true",
            ["Input.Version"] = contact.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await benClient.GetAsync("/plan")).StatusCode);
        Assert.Equal(0, await db.SignInSessions.CountAsync(s => s.UserId == ben.Id));
        Assert.Equal(HttpStatusCode.OK, (await anna.GetAsync("/team")).StatusCode);
    }

    [Fact]
    public async Task EndAtOnceWhenThePasswordChanges()
    {
        var client = await portal.SignInAsync(DemoSignIns.ItalianCustomer.Email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overview")).StatusCode);

        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var giulia = await users.FindByEmailAsync(DemoSignIns.ItalianCustomer.Email);
            Assert.True((await users.ChangePasswordAsync(giulia!, DemoSignIns.Password, "A-new-long-passphrase-1")).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/overview")).StatusCode);
    }

    [Fact]
    public async Task AreListedOnTheProfileAndTheOthersCanBeSignedOut()
    {
        var (laptop, _) = await SignInAsync(DemoSignIns.ChineseCustomer.Email, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");
        var (phone, _) = await SignInAsync(DemoSignIns.ChineseCustomer.Email, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1");

        var rows = await SessionRowsAsync(laptop);
        Assert.Contains(rows, r => r.StartsWith("Chrome · Windows", StringComparison.Ordinal) && r.Contains('('));
        Assert.Contains(rows, r => r.StartsWith("Safari · iPhone", StringComparison.Ordinal) && !r.Contains('('));

        var ended = await laptop.PostFormAsync("/profile", [], "/sessions/others");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("/profile", ended.Headers.Location?.ToString());

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/overview")).StatusCode);
        Assert.Single(await SessionRowsAsync(laptop));
    }

    [Fact]
    public async Task KeepOnlyAHashOfTheCookieKeyInTheDatabase()
    {
        var (_, cookie) = await SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var csm = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.Csm.Email);

        var ids = await db.SignInSessions.Where(s => s.UserId == csm.Id).Select(s => s.Id).ToListAsync();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches("^[0-9A-F]{64}$", id));
        Assert.DoesNotContain(ids, id => cookie.Contains(id, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<List<string>> SessionRowsAsync(HttpClient client)
    {
        var html = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/profile"));
        return html.QuerySelectorAll("table.sessions tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
    }

    /// <summary>Signs in through the form from a browser of <paramref name="userAgent"/>; returns the client and its session cookie.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string email, string userAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")
    {
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var response = await client.PostFormAsync("/signin", new() { ["Input.Email"] = email, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-adoption.session=", StringComparison.Ordinal));
        Assert.Contains("; path=/;", cookie, StringComparison.Ordinal);
        Assert.Contains("; secure", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("; samesite=lax", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        return (client, cookie.Split(';')[0]);
    }
}
