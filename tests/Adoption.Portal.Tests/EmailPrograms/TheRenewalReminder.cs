using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.EmailPrograms;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using static Adoption.Portal.Tests.EmailPrograms.ProgramTesting;

namespace Adoption.Portal.Tests.EmailPrograms;

/// <summary>The 60-day renewal reminder with its value recap, to sponsors and admins only.</summary>
public sealed class TheRenewalReminder
{
    [Fact]
    public async Task MailsTheSponsorAndAdminsAValueRecapOncePerRenewal()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        await SetRenewalInAsync(portal, anna.AccountId, days: 45);

        var first = await RunAsync(portal, "renewal", anna.AccountId);
        var again = await RunAsync(portal, "renewal", anna.AccountId);

        // Claire is the executive sponsor, Dev the admin; Anna (champion), Ben and Eva (users) are not asked.
        Assert.Equal(2, first.Queued);
        Assert.Equal(0, again.Queued);
        Assert.Equal(2, again.SkippedFor(SkipReason.AlreadySent));
        var message = await portal.Mailbox.WaitForMessageToAsync("claire@northwind.example");
        await portal.Mailbox.WaitForMessageToAsync("dev@northwind.example");
        Assert.StartsWith("Northwind Logistics renews on ", message.Subject, StringComparison.Ordinal);
        var text = message.TextBody!.ReplaceLineEndings("\n");
        Assert.Contains("in 45 days", text, StringComparison.Ordinal);
        Assert.Matches(@"Success plan: \d+ of \d+ milestones done\.", text);
        Assert.Matches(@"Value recorded: [\d,]+ EUR a year, [\d.]+ times the subscription\.", text);
        Assert.Matches(@"Active people: \d+ in the last 30 days, \d+ in the 30 days before\.", text);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        await using var db = portal.CreateDb();
        Assert.False(await db.EmailOutbox.AnyAsync(m => m.To == "anna@northwind.example" && m.Category == EmailCategory.Renewal));
    }

    [Fact]
    public async Task WaitsUntilSixtyDaysBeforeTheRenewal()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        await SetRenewalInAsync(portal, anna.AccountId, days: RenewalReminder.DaysBefore + 1);

        Assert.Equal(0, (await RunAsync(portal, "renewal", anna.AccountId)).Considered);

        portal.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, (await RunAsync(portal, "renewal", anna.AccountId)).Queued);
    }

    private static async Task SetRenewalInAsync(PortalFactory portal, int accountId, int days)
    {
        await using var db = portal.CreateDb();
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId);
        account.RenewalDate = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(days);
        await db.SaveChangesAsync();
    }
}
