using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Identity;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary><c>create-admin</c> on an empty installation: the first CS operations admin and a link to choose a password.</summary>
public sealed partial class TheCreateAdminCommand(FreshPortalFactory portal) : IClassFixture<FreshPortalFactory>
{
    [Fact]
    public async Task CreatesACsOpsAdminWhoSetsAPasswordOnceAndSignsIn()
    {
        var (code, output) = await portal.CreateAdminAsync("ops@vendor.example");

        Assert.Equal(0, code);
        var path = new Uri(Link().Match(output).Value).AbsolutePath;
        await using var db = portal.CreateDb();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "ops@vendor.example");
        Assert.Null(user.PasswordHash);
        Assert.Equal([Roles.Csm, Roles.CsOps], (await RolesOfAsync(db, user.Id)).Order());
        // Only the hash of the token is kept.
        var stored = await db.AccessLinks.AsNoTracking().SingleAsync(l => l.UserId == user.Id);
        Assert.DoesNotContain(Convert.ToBase64String(stored.TokenHash), path, StringComparison.Ordinal);
        Assert.Equal(AccessLinks.AccessLinkIssuer.Hash(path.Split('/')[^1]), stored.TokenHash);

        var browser = portal.CreatePortalClient();
        Assert.Contains("ops@vendor.example", await browser.GetStringAsync(path), StringComparison.Ordinal);
        var saved = await browser.PostFormAsync(path, Password("Vendor-ops-2026"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var ops = await portal.SignInAsync("ops@vendor.example", "Vendor-ops-2026");
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync("/csm/attention")).StatusCode);

        var again = await portal.CreatePortalClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    [Fact]
    public async Task RefusesAnAddressThatAlreadyHasASignIn()
    {
        Assert.Equal(0, (await portal.CreateAdminAsync("twice@vendor.example")).ExitCode);

        var (code, output) = await portal.CreateAdminAsync("TWICE@vendor.example");

        Assert.Equal(1, code);
        Assert.Contains("already has a sign-in", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(Link(), output);
        await using var db = portal.CreateDb();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == "TWICE@VENDOR.EXAMPLE"));
    }

    [Fact]
    public async Task RefusesSomethingThatIsNotAnEmailAddress()
    {
        Assert.Equal(2, (await portal.CreateAdminAsync("not an address")).ExitCode);
        Assert.Equal(2, (await portal.CreateAdminAsync(null)).ExitCode);
    }

    [Fact]
    public async Task LinkExpiresAfterAnHour()
    {
        var (_, output) = await portal.CreateAdminAsync("late@vendor.example");
        var path = new Uri(Link().Match(output).Value).AbsolutePath;

        portal.Clock.Advance(AccessLinks.AccessLinkIssuer.SetPasswordLifetime + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Gone, (await portal.CreatePortalClient().GetAsync(path)).StatusCode);
    }

    internal static Dictionary<string, string> Password(string password) =>
        new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password };

    internal static async Task<List<string>> RolesOfAsync(Portal.Data.AdoptionDb db, string userId) =>
        await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync();

    [GeneratedRegex(@"https?://\S+/password/reset/[A-Za-z0-9_-]+")]
    internal static partial Regex Link();
}
