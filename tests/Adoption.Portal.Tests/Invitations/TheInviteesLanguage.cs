using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Pages.Invitations;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Invitations;

/// <summary>The invitation page speaks the invitee's language and the new person starts in a real time zone, not UTC.</summary>
public sealed class TheInviteesLanguage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task GreetsAFinnishInviteeInFinnishWhateverTheBrowserSays()
    {
        var token = await InviteAsync(accountId: 2, "tuula@aurora.example");
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "en-GB");

        var html = await client.GetStringAsync(InvitationTokens.PathFor(token));

        Assert.Contains("<html lang=\"fi\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartsANewPersonInTheBrowsersTimeZoneOrElseTheAccounts()
    {
        var withBrowser = await InviteAsync(accountId: 2, "kalle@aurora.example");
        var without = await InviteAsync(accountId: 2, "minna@aurora.example");

        await AcceptAsync(withBrowser, "Kalle Koski", "America/New_York");
        await AcceptAsync(without, "Minna Mäki", "");

        await using var db = portal.CreateDb();
        Assert.Equal("America/New_York", await db.Contacts.Where(c => c.Email == "kalle@aurora.example").Select(c => c.TimeZone).SingleAsync());
        Assert.Equal("Europe/Helsinki", await db.Contacts.Where(c => c.Email == "minna@aurora.example").Select(c => c.TimeZone).SingleAsync());
        Assert.Equal("fi", await db.Contacts.Where(c => c.Email == "minna@aurora.example").Select(c => c.Locale).SingleAsync());
    }

    private async Task AcceptAsync(string token, string name, string zone)
    {
        var client = portal.CreatePortalClient();
        var response = await client.SubmitAsync(InvitationTokens.PathFor(token), null, new()
        {
            ["Input.Name"] = name, ["Input.Password"] = "Tunturi-kesä-2026", ["Input.ConfirmPassword"] = "Tunturi-kesä-2026", ["Input.TimeZone"] = zone,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<string> InviteAsync(int accountId, string email)
    {
        var (token, hash) = InvitationTokens.Create();
        await using var db = portal.CreateDb();
        var inviter = await db.Users.Where(u => u.AccountId == accountId).Select(u => u.Id).FirstAsync();
        db.Invitations.Add(new Invitation
        {
            AccountId = accountId, Email = email, Name = email.Split('@')[0], TokenHash = hash, InvitedByUserId = inviter,
            CreatedAt = portal.Clock.GetUtcNow().UtcDateTime, ExpiresAt = portal.Clock.GetUtcNow().UtcDateTime.Add(InvitationTokens.Lifetime),
        });
        await db.SaveChangesAsync();
        return token;
    }
}
