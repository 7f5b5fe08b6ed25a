using System.Net;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Email;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Profile;

/// <summary>The signed link in every categorised email: no sign-in, one contact, one category.</summary>
public sealed class TheUnsubscribeLink(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task WorksWithoutSigningInAndChangesOnlyItsOwnContactAndCategory()
    {
        var (contact, other) = await TwoContactsAsync("claire@northwind.example", "mikko@aurora.example");
        var link = Link(contact, EmailCategory.Renewal);
        var anonymous = portal.CreatePortalClient();

        var page = await anonymous.GetStringAsync(link);
        Assert.Contains("Renewal reminders", page, StringComparison.Ordinal);
        Assert.Contains("claire@northwind.example", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.PostFormAsync(link, [])).StatusCode);

        await using var db = portal.CreateDb();
        var rows = await db.EmailPreferences.AsNoTracking().Where(p => p.ContactId == contact || p.ContactId == other).ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal((contact, EmailCategory.Renewal, false), (row.ContactId, row.Category, row.Subscribed));
        Assert.Contains("data-testid=\"unsubscribed\"", await anonymous.GetStringAsync(link), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptsAMailProgramsOneClickPost()
    {
        var (contact, _) = await TwoContactsAsync("dev@northwind.example", "dev@northwind.example");
        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);

        var response = await portal.CreatePortalClient().PostAsync(Link(contact, EmailCategory.Surveys), body);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = portal.CreateDb();
        Assert.False((await db.EmailPreferences.AsNoTracking().SingleAsync(p => p.ContactId == contact && p.Category == EmailCategory.Surveys)).Subscribed);
    }

    [Fact]
    public async Task IsNotFoundForATamperedOrMadeUpToken()
    {
        var (contact, _) = await TwoContactsAsync("eva@northwind.example", "eva@northwind.example");
        var link = Link(contact, EmailCategory.Training);
        var tampered = link[..^3] + (link[^3] == 'A' ? "BBB" : "AAA");
        var anonymous = portal.CreatePortalClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(tampered)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/unsubscribe/contact-7-renewal")).StatusCode);
        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync(tampered, body)).StatusCode);
        await using var db = portal.CreateDb();
        Assert.False(await db.EmailPreferences.AnyAsync(p => p.ContactId == contact));
    }

    private string Link(int contactId, EmailCategory category) =>
        "/unsubscribe/" + portal.Services.GetRequiredService<UnsubscribeTokens>().Create(contactId, category);

    private async Task<(int, int)> TwoContactsAsync(string first, string second)
    {
        await using var db = portal.CreateDb();
        var ids = await db.Contacts.Where(c => c.Email == first || c.Email == second).ToDictionaryAsync(c => c.Email, c => c.Id);
        return (ids[first], ids[second]);
    }
}
