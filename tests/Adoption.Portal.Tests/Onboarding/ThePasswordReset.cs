using System.Net;
using Adoption.Portal.AccessLinks;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>"Forgot your password?": a single-use, hour-long link by email; nothing tells a stranger which addresses exist.</summary>
public sealed class ThePasswordReset(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EmailsALinkThatChangesThePasswordAndEndsOldSessions()
    {
        var old = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        await using var db = portal.CreateDb();
        var stampBefore = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.CustomerUser.Email)).SecurityStamp;

        var path = await AskForLinkAsync(DemoSignIns.CustomerUser.Email);
        var saved = await portal.CreatePortalClient().PostFormAsync(path, TheCreateAdminCommand.Password("Ben-new-pass-1"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.CustomerUser.Email);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        await portal.SignInAsync(DemoSignIns.CustomerUser.Email, "Ben-new-pass-1");
        var refused = await portal.CreatePortalClient().PostFormAsync("/signin", new() { ["Input.Email"] = DemoSignIns.CustomerUser.Email, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await portal.CreatePortalClient().GetAsync(path)).StatusCode);
        _ = old;
    }

    [Fact]
    public async Task AnswersTheSameForAnUnknownAddressAndSendsNothing()
    {
        await using var db = portal.CreateDb();
        var before = await db.EmailOutbox.CountAsync();

        var known = await portal.CreatePortalClient().FollowAsync(await portal.CreatePortalClient().PostFormAsync("/password/forgot", new() { ["Input.Email"] = DemoSignIns.OtherCustomer.Email }));
        var client = portal.CreatePortalClient();
        var unknown = await client.FollowAsync(await client.PostFormAsync("/password/forgot", new() { ["Input.Email"] = "nobody@nowhere.example" }));

        Assert.Contains("If that address has a sign-in", unknown, StringComparison.Ordinal);
        Assert.Equal(1, await db.EmailOutbox.CountAsync() - before);
        Assert.False(await db.EmailOutbox.AnyAsync(m => m.To == "nobody@nowhere.example"));
        _ = known;
    }

    [Fact]
    public async Task LinkWorksOnceAndOnlyWithinTheHour()
    {
        var path = await AskForLinkAsync(DemoSignIns.ItalianCustomer.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CreatePortalClient().PostFormAsync(path, TheCreateAdminCommand.Password("Giulia-new-pass-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await portal.CreatePortalClient().GetAsync(path)).StatusCode);

        var late = await AskForLinkAsync(DemoSignIns.ChineseCustomer.Email);
        var client = portal.CreatePortalClient();
        var form = HtmlForms.Form(await client.GetStringAsync(late), late);
        portal.Clock.Advance(AccessLinkIssuer.ResetLifetime + TimeSpan.FromMinutes(1));
        form.Fields["Input.Password"] = form.Fields["Input.ConfirmPassword"] = "Li-new-pass-12";
        using var content = new FormUrlEncodedContent(form.Fields);
        Assert.Equal(HttpStatusCode.Gone, (await client.PostAsync(late, content)).StatusCode);
        await portal.SignInAsync(DemoSignIns.ChineseCustomer.Email);
    }

    [Fact]
    public async Task RefusesAForgedOrAlteredToken()
    {
        var path = await AskForLinkAsync(DemoSignIns.CustomerAdmin.Email);
        var altered = path[..^2] + (path[^2] == 'A' ? "BB" : "AA");

        Assert.Equal(HttpStatusCode.Gone, (await portal.CreatePortalClient().GetAsync(altered)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await portal.CreatePortalClient().GetAsync("/password/reset/" + new string('A', 43))).StatusCode);
    }

    [Fact]
    public async Task KeepsTheLinkWhenThePasswordIsTooWeak()
    {
        var path = await AskForLinkAsync(DemoSignIns.Csm.Email);
        var weak = await portal.CreatePortalClient().PostFormAsync(path, TheCreateAdminCommand.Password("short"));

        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("Use at least 10 characters.", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreatePortalClient().GetAsync(path)).StatusCode);
    }

    /// <summary>Asks for a reset and returns the link's path from the message waiting in the outbox.</summary>
    private async Task<string> AskForLinkAsync(string email)
    {
        var client = portal.CreatePortalClient();
        var page = await client.FollowAsync(await client.PostFormAsync("/password/forgot", new() { ["Input.Email"] = email }));
        Assert.Contains("If that address has a sign-in", page, StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        var message = await db.EmailOutbox.AsNoTracking().Where(m => m.To == email).OrderByDescending(m => m.Id).FirstAsync();
        Assert.Contains("/password/reset/", message.HtmlBody!, StringComparison.Ordinal);
        return new Uri(TheCreateAdminCommand.Link().Match(message.TextBody).Value).AbsolutePath;
    }
}
