using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.EmailPrograms;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using static Adoption.Portal.Tests.EmailPrograms.ProgramTesting;

namespace Adoption.Portal.Tests.EmailPrograms;

/// <summary>RFC 8058 from a program email's own header: a mail program's POST unsubscribes without cookies, a GET does not.</summary>
public sealed class TheOneClickUnsubscribe
{
    [Fact]
    public async Task APostToTheHeadersLinkWithoutCookiesStopsTheNextDigest()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        await RunAsync(portal, "weekly-digest", anna.AccountId);
        var message = await portal.Mailbox.WaitForMessageToAsync("anna@northwind.example");

        // A fresh client: no session, no antiforgery cookie, as a mail provider's server posts.
        using var mailProgram = portal.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var response = await mailProgram.PostAsync(
            PathOf(message.Headers["List-Unsubscribe"]!),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.True((int)response.StatusCode is >= 200 and < 400, $"The one-click POST answered {(int)response.StatusCode}.");
        await using (var db = portal.CreateDb())
        {
            var preference = await db.EmailPreferences.AsNoTracking().SingleAsync(p => p.ContactId == anna.Id);
            Assert.Equal(EmailCategory.AdoptionDigest, preference.Category);
            Assert.False(preference.Subscribed);
        }

        portal.Clock.Advance(TimeSpan.FromDays(7));
        var next = await RunAsync(portal, "weekly-digest", anna.AccountId);
        Assert.Equal(1, next.SkippedFor(SkipReason.Unsubscribed));
    }

    [Fact]
    public async Task OpeningTheLinkOnlyAsks()
    {
        await using var portal = new MailPortalFactory();
        var ben = await ContactAsync(portal, "ben@northwind.example");
        await RunAsync(portal, "weekly-digest", ben.AccountId);
        var message = await portal.Mailbox.WaitForMessageToAsync("ben@northwind.example");

        using var scanner = portal.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var response = await scanner.GetAsync(PathOf(message.Headers["List-Unsubscribe"]!));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await using var db = portal.CreateDb();
        Assert.False(await db.EmailPreferences.AnyAsync(p => p.ContactId == ben.Id));
    }

    private static string PathOf(string header) => new Uri(header.Trim('<', '>')).PathAndQuery;
}
