using System.Net;
using Adoption.Portal.Data;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Identity;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Adoption.Portal.Tests.Security;

/// <summary>The demo portal with its security log captured, so a test can see the rule change logged.</summary>
public sealed class LoggedPortal : PortalFactory
{
    public SecurityLogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Log));
    }
}

/// <summary>
/// CS operations require an authenticator app for all staff on /csm/second-factor: a staff member
/// without one is sent to enrolment from every page until they turn it on; customers are not touched.
/// </summary>
public sealed partial class TheStaffSecondFactorRule
{
    private static readonly string Staff = DemoSignIns.Csm.Email;
    private const string CsmOnly = "cara.csm@adoption.example";
    private const string CsmOnlyPassword = "Cara-csm-2026-long";

    [Fact]
    public async Task SendsAnUnenrolledCsmToEnrolmentFromEveryPageButLetsThemSignOut()
    {
        await using var portal = new LoggedPortal();
        var ops = await EnrolledOpsAsync(portal);
        await RequireAsync(ops, true);
        Assert.Contains(portal.Log.Entries, e => e.EventName == "StaffSecondFactorRuleChanged" && e.Message.Contains("required", StringComparison.Ordinal));

        var cara = await CsmOnlySignInAsync(portal);
        foreach (var path in new[] { "/csm", "/csm/accounts", "/" })
        {
            var response = await cara.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/security/authenticator", response.Headers.Location?.OriginalString);
        }

        Assert.Contains("CS operations require an authenticator app for all staff.", await cara.GetStringAsync("/security/authenticator"), StringComparison.Ordinal);
        // Sign-out still works: afterwards the portal asks for a sign-in, not enrolment.
        Assert.Equal(HttpStatusCode.Redirect, (await cara.PostFormAsync("/security/authenticator", [], "/signout")).StatusCode);
        Assert.Equal("/signin", (await cara.GetAsync("/csm")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task LetsAnEnrolledCsmWorkOnceTheyHaveSignedInWithTheirCode()
    {
        await using var portal = new PortalFactory();
        await RequireAsync(await EnrolledOpsAsync(portal), true);

        var cara = await CsmOnlySignInAsync(portal);
        var key = SharedKey(await cara.GetStringAsync("/security/authenticator"));
        await cara.PostFormAsync("/security/authenticator", new() { ["Input.Code"] = TheSecondFactor.Totp(key) });

        var again = portal.CreatePortalClient();
        await again.PostFormAsync("/signin", new() { ["Input.Email"] = CsmOnly, ["Input.Password"] = CsmOnlyPassword });
        Assert.Equal(HttpStatusCode.Redirect, (await again.PostFormAsync("/signin/code", new() { ["Input.Code"] = TheSecondFactor.Totp(key) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/csm")).StatusCode);
    }

    [Fact]
    public async Task LeavesCustomersAlone()
    {
        await using var portal = new PortalFactory();
        await RequireAsync(await EnrolledOpsAsync(portal), true);

        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        Assert.Equal(HttpStatusCode.OK, (await anna.GetAsync("/overview")).StatusCode);
    }

    [Fact]
    public async Task AsksNothingOnceTurnedOffAgain()
    {
        await using var portal = new LoggedPortal();
        var ops = await EnrolledOpsAsync(portal);
        await RequireAsync(ops, true);
        await RequireAsync(ops, false);

        var cara = await CsmOnlySignInAsync(portal);
        Assert.Equal(HttpStatusCode.OK, (await cara.GetAsync("/csm")).StatusCode);
        Assert.Contains(portal.Log.Entries, e => e.EventName == "StaffSecondFactorRuleChanged" && e.Message.Contains("optional", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IsOffUntilSetAndOnlyCsOperationsCanChangeIt()
    {
        await using var portal = new PortalFactory();
        var cara = await CsmOnlySignInAsync(portal);
        Assert.Equal(HttpStatusCode.OK, (await cara.GetAsync("/csm")).StatusCode);

        Assert.Equal("/forbidden", (await cara.GetAsync("/csm/second-factor")).Headers.Location?.AbsolutePath);
        // A post with a valid antiforgery token (taken from a page Cara may open) is refused as well and changes nothing.
        var post = await cara.PostFormAsync("/security/authenticator", new() { ["RequireSecondFactor"] = "true", ["Version"] = "0" }, "/csm/second-factor");
        Assert.Equal("/forbidden", post.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await cara.GetAsync("/csm")).StatusCode);
        await using var db = portal.CreateDb();
        Assert.False(db.StaffSecuritySettings.Any(s => s.RequireSecondFactor));
    }

    private static async Task RequireAsync(HttpClient ops, bool on)
    {
        var saved = await ops.SubmitAsync("/csm/second-factor", null, new() { ["RequireSecondFactor"] = on ? "true" : "false" });
        var page = await ops.FollowAsync(saved);
        Assert.Contains(on ? "Staff without an authenticator app are asked" : "An authenticator app is optional", page, StringComparison.Ordinal);
    }

    /// <summary>
    /// Maria (CSM and CS operations) with her authenticator app on, signed in with its code: once the
    /// rule is on, an unenrolled admin is sent to enrolment like anyone else, settings page included.
    /// </summary>
    private static async Task<HttpClient> EnrolledOpsAsync(PortalFactory portal)
    {
        var first = await portal.SignInAsync(Staff);
        var key = SharedKey(await first.GetStringAsync("/security/authenticator"));
        await first.PostFormAsync("/security/authenticator", new() { ["Input.Code"] = TheSecondFactor.Totp(key) });
        var client = portal.CreatePortalClient();
        await client.PostFormAsync("/signin", new() { ["Input.Email"] = Staff, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/signin/code", new() { ["Input.Code"] = TheSecondFactor.Totp(key) })).StatusCode);
        return client;
    }

    /// <summary>A CSM who is not CS operations, with a password and no authenticator app.</summary>
    private static async Task<HttpClient> CsmOnlySignInAsync(PortalFactory portal)
    {
        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            if (await users.FindByEmailAsync(CsmOnly) is null)
            {
                var cara = new PortalUser { UserName = CsmOnly, Email = CsmOnly, EmailConfirmed = true, DisplayName = "Cara Diaz" };
                Assert.True((await users.CreateAsync(cara, CsmOnlyPassword)).Succeeded);
                Assert.True((await users.AddToRoleAsync(cara, Roles.Csm)).Succeeded);
            }
        }

        return await portal.SignInAsync(CsmOnly, CsmOnlyPassword);
    }

    private static string SharedKey(string html) => SharedKeyText().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

    [GeneratedRegex("<code id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKeyText();
}
