using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Identity;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>
/// The demo portal with the security stamp checked every minute instead of every 30, so a test can
/// see the cookie validation refuse a changed stamp without the session idling out first.
/// </summary>
public sealed class StampCheckedPortalFactory : PortalFactory
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = Interval));
    }
}

/// <summary>CS operations manage the team on /csm/staff: invite, change role, deactivate.</summary>
public sealed class TheStaffPage(StampCheckedPortalFactory portal) : IClassFixture<StampCheckedPortalFactory>
{
    private const string Tom = "tom.csm@adoption.example";

    [Fact]
    public async Task InvitesACsmWhoChoosesAPasswordAndWorksAccountsButNotStaff()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var sent = await maria.SubmitAsync("/csm/staff", "Invite", new() { ["Input.Name"] = "Cara Diaz", ["Input.Email"] = "cara@vendor.example" });
        Assert.Contains("Invitation sent to cara@vendor.example.", await maria.FollowAsync(sent), StringComparison.Ordinal);

        var path = await LinkSentToAsync("cara@vendor.example");
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CreatePortalClient().PostFormAsync(path, TheCreateAdminCommand.Password("Cara-csm-2026"))).StatusCode);
        var cara = await portal.SignInAsync("cara@vendor.example", "Cara-csm-2026");
        Assert.Equal(HttpStatusCode.OK, (await cara.GetAsync("/csm")).StatusCode);
        Assert.Equal("/forbidden", (await cara.GetAsync("/csm/staff")).Headers.Location!.AbsolutePath);
        await using var db = portal.CreateDb();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "cara@vendor.example");
        Assert.Equal([Roles.Csm], await TheCreateAdminCommand.RolesOfAsync(db, user.Id));
    }

    [Fact]
    public async Task RefusesAnAddressThatAlreadyHasASignIn()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var response = await maria.SubmitAsync("/csm/staff", "Invite", new() { ["Input.Name"] = "Anna again", ["Input.Email"] = DemoSignIns.CustomerAdmin.Email });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This address already has a sign-in to the portal.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MakesACsmAnOpsAdminAndBack()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var tom = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Tom);

        await maria.PostFormAsync("/csm/staff", new() { ["id"] = tom.Id, ["ops"] = "true" }, "/csm/staff?handler=Role");
        Assert.Contains(Roles.CsOps, await TheCreateAdminCommand.RolesOfAsync(db, tom.Id));
        await maria.PostFormAsync("/csm/staff", new() { ["id"] = tom.Id, ["ops"] = "false" }, "/csm/staff?handler=Role");
        Assert.Equal([Roles.Csm], await TheCreateAdminCommand.RolesOfAsync(db, tom.Id));
    }

    [Fact]
    public async Task RefusesACustomersIdAndTheAdminsOwnDemotion()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var anna = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.CustomerAdmin.Email);
        var self = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.Csm.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await maria.PostFormAsync("/csm/staff", new() { ["id"] = anna.Id }, "/csm/staff?handler=Deactivate")).StatusCode);
        await maria.PostFormAsync("/csm/staff", new() { ["id"] = self.Id, ["ops"] = "false" }, "/csm/staff?handler=Role");
        Assert.Contains(Roles.CsOps, await TheCreateAdminCommand.RolesOfAsync(db, self.Id));
        Assert.Null((await db.Users.AsNoTracking().SingleAsync(u => u.Id == anna.Id)).LockoutEnd);
    }

    [Fact]
    public async Task DeactivationChangesTheStampAndRefusesTheOpenSessionOnItsNextRequest()
    {
        var tom = await portal.SignInAsync(Tom);
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        Assert.Equal(HttpStatusCode.OK, (await tom.GetAsync("/csm")).StatusCode);
        await using var db = portal.CreateDb();
        var before = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Tom);

        var done = await maria.PostFormAsync("/csm/staff", new() { ["id"] = before.Id }, "/csm/staff?handler=Deactivate");

        Assert.Contains("is deactivated and signed out", await maria.FollowAsync(done), StringComparison.Ordinal);
        var after = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Tom);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Equal(DateTimeOffset.MaxValue, after.LockoutEnd);

        portal.Clock.Advance(StampCheckedPortalFactory.Interval + TimeSpan.FromSeconds(1));
        var refused = await tom.GetAsync("/csm");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/signin", refused.Headers.Location!.AbsolutePath);
        // Someone still active passes the same check.
        Assert.Equal(HttpStatusCode.OK, (await maria.GetAsync("/csm")).StatusCode);
        var again = await portal.CreatePortalClient().PostFormAsync("/signin", new() { ["Input.Email"] = Tom, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        await maria.PostFormAsync("/csm/staff", new() { ["id"] = before.Id }, "/csm/staff?handler=Reactivate");
        await portal.SignInAsync(Tom);
    }

    private async Task<string> LinkSentToAsync(string email)
    {
        await using var db = portal.CreateDb();
        var message = await db.EmailOutbox.AsNoTracking().Where(m => m.To == email).OrderByDescending(m => m.Id).FirstAsync();
        return new Uri(TheCreateAdminCommand.Link().Match(message.TextBody).Value).AbsolutePath;
    }
}
