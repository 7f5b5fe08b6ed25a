using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.EmailPrograms;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using static Adoption.Portal.Tests.EmailPrograms.ProgramTesting;

namespace Adoption.Portal.Tests.EmailPrograms;

/// <summary>The hosted scheduler and the operator command, on the real portal.</summary>
public sealed class TheProgramScheduling
{
    [Fact]
    public async Task TheSchedulerQueuesDueDigestsAndItsNextRoundsAddNothing()
    {
        await using var portal = new ScheduledPortalFactory();
        _ = portal.Services; // starts the host and its scheduler
        var anna = await ContactAsync(portal, "anna@northwind.example");
        var contacts = await ActiveContactsAsync(portal, anna.AccountId);

        await WaitUntilAsync(portal, async db => await db.ProgramSends.CountAsync(s => s.AccountId == anna.AccountId && s.Program == "weekly-digest") == contacts);
        portal.Clock.Advance(TimeSpan.FromMinutes(16));
        portal.Clock.Advance(TimeSpan.FromMinutes(16));
        await Task.Delay(500);

        await using var db = portal.CreateDb();
        Assert.Equal(contacts, await db.EmailOutbox.CountAsync(m => m.AccountId == anna.AccountId && m.Category == EmailCategory.AdoptionDigest));
    }

    [Fact]
    public async Task TheCommandPrintsWhatItQueuedAndSkipped()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        var output = new StringWriter();

        var exit = await ProgramsCommand.RunAsync(portal.Services, ["run", "weekly-digest", "--account", anna.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture)], output);
        var again = new StringWriter();
        await ProgramsCommand.RunAsync(portal.Services, ["run", "weekly-digest", "--account", anna.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture)], again);

        var contacts = await ActiveContactsAsync(portal, anna.AccountId);
        Assert.Equal(0, exit);
        Assert.Matches($@"^weekly-digest: {contacts} considered, {contacts} queued, skipped: none", output.ToString());
        Assert.Matches($@"^weekly-digest: {contacts} considered, 0 queued, skipped: AlreadySent {contacts} ", again.ToString());
        Assert.Equal(2, await ProgramsCommand.RunAsync(portal.Services, ["run", "no-such-program"], new StringWriter()));
    }

    [Fact]
    public async Task EveryProgramRendersInEveryLanguage()
    {
        await using var portal = new MailPortalFactory();
        var claire = await ContactAsync(portal, "claire@northwind.example");
        var subjects = new HashSet<string>();
        var seen = new HashSet<long>();
        foreach (var locale in Locales.Supported)
        {
            await using (var db = portal.CreateDb())
            {
                var contact = await db.Contacts.SingleAsync(c => c.Id == claire.Id);
                contact.Locale = locale;
                var account = await db.Accounts.SingleAsync(a => a.Id == claire.AccountId);
                account.RenewalDate = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(30);
                await db.SaveChangesAsync();
            }

            Assert.True((await RunAsync(portal, "weekly-digest", claire.AccountId)).Queued > 0);
            Assert.True((await RunAsync(portal, "renewal", claire.AccountId)).Queued > 0);
            // The next language starts in a new period, so its emails are new ones.
            portal.Clock.Advance(TimeSpan.FromDays(8));
            await using var check = portal.CreateDb();
            await check.ProgramSends.Where(s => s.Program == "renewal").ExecuteDeleteAsync();
            var mine = (await check.EmailOutbox.AsNoTracking().Where(m => m.ContactId == claire.Id).ToListAsync()).Where(m => seen.Add(m.Id)).ToList();
            Assert.Equal(2, mine.Count);
            foreach (var message in mine)
            {
                Assert.DoesNotContain("{{", message.Subject + message.TextBody + message.HtmlBody, StringComparison.Ordinal);
                Assert.Contains($"<html lang=\"{locale}\">", message.HtmlBody, StringComparison.Ordinal);
                subjects.Add(message.Subject);
            }
        }

        // Four languages of two programs: eight different subjects.
        Assert.Equal(Locales.Supported.Count * 2, subjects.Count);
    }

    private static async Task WaitUntilAsync(PortalFactory portal, Func<Adoption.Portal.Data.AdoptionDb, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var db = portal.CreateDb();
            if (await condition(db))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The scheduler did not queue the digests.");
            await Task.Delay(200);
        }
    }

    private sealed class ScheduledPortalFactory : MailPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("EmailPrograms:Schedule", "true");
        }
    }
}
