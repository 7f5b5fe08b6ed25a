using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Profile;

public sealed class TheProfilePage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ChangingTheLanguageSwitchesThePortalAtOnce()
    {
        var giulia = await portal.SignInAsync(DemoSignIns.ItalianCustomer.Email);
        Assert.Contains("<h1>Profilo</h1>", await giulia.GetStringAsync("/profile"), StringComparison.Ordinal);

        var saved = await giulia.PostFormAsync("/profile", Fields("fi", "Europe/Helsinki", EmailCategory.Renewal, EmailCategory.Training));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var html = await giulia.GetStringAsync("/profile");
        Assert.Contains("<html lang=\"fi\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Profiili</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Profiilisi on tallennettu.", html, StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.ItalianCustomer.Email);
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == user.ContactId);
        Assert.Equal(("fi", "Europe/Helsinki", "fi", "Europe/Helsinki"), (user.Locale, user.TimeZone, contact.Locale, contact.TimeZone));
        var unsubscribed = await db.EmailPreferences.AsNoTracking().Where(p => p.ContactId == contact.Id && !p.Subscribed).Select(p => p.Category).OrderBy(c => c).ToListAsync();
        Assert.Equal([EmailCategory.AdoptionDigest, EmailCategory.Surveys, EmailCategory.BusinessReview], unsubscribed);
    }

    [Fact]
    public async Task RefusesAnUnknownTimeZoneOrLanguageAndChangesNothing()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var response = await ben.PostFormAsync("/profile", Fields("sv", "Mars/Olympus_Mons"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose one of the languages in the list.", html, StringComparison.Ordinal);
        Assert.Contains("Choose one of the time zones in the list.", html, StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSignIns.CustomerUser.Email);
        Assert.Equal(("en", "UTC"), (user.Locale, user.TimeZone));
        Assert.False(await db.EmailPreferences.AnyAsync(p => p.ContactId == user.ContactId));
    }

    private static Dictionary<string, string> Fields(string locale, string timeZone, params EmailCategory[] subscribed)
    {
        var fields = new Dictionary<string, string> { ["Input.Locale"] = locale, ["Input.TimeZone"] = timeZone };
        // A form posts each ticked box under the same name; the dictionary carries them one by one.
        for (var i = 0; i < subscribed.Length; i++)
        {
            fields[$"Input.Subscribed[{i}]"] = subscribed[i].ToString();
        }

        return fields;
    }
}
