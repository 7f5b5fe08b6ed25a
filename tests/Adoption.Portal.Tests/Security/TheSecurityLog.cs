using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Security;

/// <summary>Sign-ins, sign-outs and refusals reach the security log with who and where, and never a secret (ASVS 5.0 V16).</summary>
public sealed class TheSecurityLog
{
    [Fact]
    public async Task RecordsSignInSignOutForbiddenAndAnotherAccountsId()
    {
        await using var portal = new RateLimitedPortal();
        await using var db = portal.CreateDb();
        var ben = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.CustomerUser.Email);
        var auroraContact = await db.Contacts.AsNoTracking().Where(c => c.AccountId != ben.AccountId).Select(c => c.Id).FirstAsync();

        var client = await portal.SignInAsync(ben.Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/team")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/forbidden?ReturnUrl=%2Fteam")).StatusCode);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/team/contacts/{auroraContact}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/overview", [], "/signout")).StatusCode);

        var entries = portal.Log.Entries.ToList();
        Assert.Contains(entries, e => e.EventName == "SignInSucceeded" && e.Message.Contains(ben.Id, StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventName == "Forbidden" && e.Message.Contains(ben.Id, StringComparison.Ordinal) && e.Message.Contains("/team", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventName == "OtherAccountAsked" && e.Message.Contains($"/team/contacts/{auroraContact}", StringComparison.Ordinal) && e.Message.Contains("account 1", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventName == "SignedOut" && e.Message.Contains(ben.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Message.Contains(DemoSignIns.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordsKeysAndRoleChangesWithTheirAuthorButNeverTheKey()
    {
        await using var portal = new RateLimitedPortal();
        await using var db = portal.CreateDb();
        var ben = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.CustomerUser.Email);
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == ben.ContactId);
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var annaId = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.CustomerAdmin.Email)).Id;

        var created = await csm.PostFormAsync("/csm/write-keys", new() { ["Input.Environment"] = "Staging", ["Input.Name"] = "Audit app" }, "/csm/write-keys?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        // The full key is shown once, to its creator, and never written anywhere else.
        var shown = System.Text.RegularExpressions.Regex.Match(await csm.GetStringAsync("/csm/write-keys"), "wk_[A-Za-z0-9_]{20,}");
        Assert.True(shown.Success);
        var key = await db.WriteKeys.AsNoTracking().SingleAsync(k => k.Name == "Audit app");
        Assert.Equal(HttpStatusCode.Redirect, (await csm.PostFormAsync("/csm/write-keys", [], $"/csm/write-keys?handler=Revoke&id={key.Id}")).StatusCode);
        var role = await anna.PostFormAsync($"/team/contacts/{contact.Id}", new()
        {
            ["Input.Role"] = contact.Role.ToString(), ["Input.PortalRole"] = "CustomerAdmin", ["Input.Left"] = "false",
            ["Input.Version"] = contact.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);

        var entries = portal.Log.Entries.ToList();
        Assert.Contains(entries, e => e.EventName == "KeyCreated" && e.Message.Contains("Audit app", StringComparison.Ordinal) && e.Message.Contains(key.Prefix, StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventName == "KeyRevoked" && e.Message.Contains("Audit app", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventName == "RoleChanged" && e.Message.Contains($"granted for user {ben.Id} by {annaId}", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventName == "RoleChanged" && e.Message.Contains($"removed for user {ben.Id}", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Message.Contains(shown.Value, StringComparison.Ordinal));
    }
}
