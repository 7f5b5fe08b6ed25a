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
}
