using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Identity;
using Adoption.Portal.Pages.Invitations;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Invitations;

/// <summary>An admin invites a colleague; the link in the real email signs them in, once, within 7 days.</summary>
public sealed partial class TheInvitationLink(MailPortalFactory portal) : IClassFixture<MailPortalFactory>
{
    [Fact]
    public async Task SignsInTheInviteeWhoChoosesAPassword()
    {
        var link = await InviteAsync("Fay Moreau", "fay@northwind.example", "it");
        var fay = portal.CreatePortalClient();

        var form = await fay.GetStringAsync(link);
        Assert.Contains("fay@northwind.example", form, StringComparison.Ordinal);
        var accepted = await fay.PostFormAsync(link, Password("Fay Moreau", "Northwind-2026"));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fay.GetAsync("/overview")).StatusCode);
        await using var db = portal.CreateDb();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "fay@northwind.example");
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == user.ContactId);
        Assert.Equal((1, "Fay Moreau", "it"), (user.AccountId!.Value, contact.Name, user.Locale!));
        Assert.Equal(1, contact.AccountId);
        Assert.Equal([Roles.CustomerUser], await RolesOfAsync(db, user.Id));
        Assert.NotNull((await db.Invitations.AsNoTracking().SingleAsync(i => i.Email == "fay@northwind.example")).AcceptedAt);
        // Signed in with the new password afterwards too.
        await portal.SignInAsync("fay@northwind.example", "Northwind-2026");
    }

    [Fact]
    public async Task WorksOnlyOnce()
    {
        var link = await InviteAsync("Gus Lee", "gus@northwind.example");
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CreatePortalClient().PostFormAsync(link, Password("Gus Lee", "Northwind-2026"))).StatusCode);

        var second = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Gone, (await second.GetAsync(link)).StatusCode);
        await using var db = portal.CreateDb();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == "gus@northwind.example"));
    }

    [Fact]
    public async Task ExpiresAfterSevenDays()
    {
        var link = await InviteAsync("Hal Jones", "hal@northwind.example");
        var client = portal.CreatePortalClient();
        var form = await client.GetStringAsync(link);

        portal.Clock.Advance(InvitationTokens.Lifetime + TimeSpan.FromMinutes(1));
        var late = await client.PostAsync(link, new FormUrlEncodedContent(WithToken(form, Password("Hal Jones", "Northwind-2026"))));

        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("already been used or has expired", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "hal@northwind.example"));
    }

    [Fact]
    public async Task IsNotFoundForAnUnknownToken()
    {
        var response = await portal.CreatePortalClient().GetAsync("/invitations/" + new string('A', 43));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This invitation link is not valid.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAWeakPasswordAndKeepsTheInvitationOpen()
    {
        var link = await InviteAsync("Ivy Chen", "ivy@northwind.example");
        var response = await portal.CreatePortalClient().PostFormAsync(link, Password("Ivy Chen", "short"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Use 12 to 128 characters.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.Null((await db.Invitations.AsNoTracking().SingleAsync(i => i.Email == "ivy@northwind.example")).AcceptedAt);
    }

    [Fact]
    public async Task MakesAnInvitedAdminAnAdminAndLetsAdminsChangePortalRoles()
    {
        var link = await InviteAsync("Jo Park", "jo@northwind.example", asAdmin: true);
        var jo = portal.CreatePortalClient();
        await jo.PostFormAsync(link, Password("Jo Park", "Northwind-2026"));
        Assert.Equal(HttpStatusCode.OK, (await jo.GetAsync("/team")).StatusCode);

        await using var db = portal.CreateDb();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "jo@northwind.example");
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var demoted = await anna.SubmitAsync($"/team/contacts/{user.ContactId}", null, new()
        {
            ["Input.Role"] = "User", ["Input.PortalRole"] = Roles.CustomerUser, ["Input.Left"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, demoted.StatusCode);
        Assert.Equal([Roles.CustomerUser], await RolesOfAsync(db, user.Id));
        var again = await portal.SignInAsync("jo@northwind.example", "Northwind-2026");
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/team")).StatusCode);
    }

    private async Task<string> InviteAsync(string name, string email, string locale = "en", bool asAdmin = false)
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var fields = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Locale"] = locale };
        if (asAdmin)
        {
            fields["Input.AsAdmin"] = "true";
        }

        var response = await anna.PostFormAsync("/team", fields, "/team?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var message = await portal.Mailbox.WaitForMessageToAsync(email);
        var url = new Uri(Link().Match(message.TextBody!).Value);
        Assert.Contains(url.AbsolutePath, message.HtmlBody!, StringComparison.Ordinal);
        return url.AbsolutePath;
    }

    private static Dictionary<string, string> Password(string name, string password) =>
        new() { ["Input.Name"] = name, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password };

    private static Dictionary<string, string> WithToken(string form, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        return fields;
    }

    private static async Task<List<string>> RolesOfAsync(Portal.Data.AdoptionDb db, string userId) =>
        await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync();

    [GeneratedRegex(@"https?://\S+/invitations/[A-Za-z0-9_-]+")]
    private static partial Regex Link();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
