using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.EmailPrograms;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using static Adoption.Portal.Tests.EmailPrograms.ProgramTesting;

namespace Adoption.Portal.Tests.EmailPrograms;

/// <summary>The weekly digest end to end: program runner, outbox, a real SMTP server (aiosmtpd).</summary>
public sealed class TheWeeklyDigest
{
    [Fact]
    public async Task SendsEachContactOneDigestWithTheWeeksFiguresAndUnsubscribeHeaders()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        var contacts = await ActiveContactsAsync(portal, anna.AccountId);

        var summary = await RunAsync(portal, "weekly-digest", anna.AccountId);

        Assert.Equal(contacts, summary.Considered);
        Assert.Equal(contacts, summary.Queued);
        var message = await portal.Mailbox.WaitForMessageToAsync("anna@northwind.example");
        Assert.Equal("Your week on Adoption: Northwind Logistics", message.Subject);
        var text = message.TextBody!.ReplaceLineEndings("\n");
        Assert.StartsWith("Hello Anna Berg,\n", text, StringComparison.Ordinal);
        Assert.Matches(@"Active people: \d+ this week, \d+ the week before\.", text);
        Assert.Matches(@"Key features used: \d+ of \d+ this week", text);
        // Links carry the configured public address (Email:PublicUrl), whatever served the request.
        Assert.Contains("Open your adoption page: https://localhost/adoption", text, StringComparison.Ordinal);
        Assert.Contains("/adoption", text, StringComparison.Ordinal);
        // The layout's CSS is inlined; the lists are lists.
        Assert.Contains("<li style=", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("class=\"button\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text + message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", text + message.HtmlBody, StringComparison.Ordinal);
        var unsubscribe = message.Headers["List-Unsubscribe"]!;
        Assert.Matches("^<https?://[^>]+/unsubscribe/[^>]+>$", unsubscribe);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains(unsubscribe.Trim('<', '>'), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTwiceQueuesEachContactsDigestOnce()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");

        var first = await RunAsync(portal, "weekly-digest", anna.AccountId);
        var second = await RunAsync(portal, "weekly-digest", anna.AccountId);

        Assert.True(first.Queued > 0);
        Assert.Equal(0, second.Queued);
        Assert.Equal(first.Queued, second.SkippedFor(SkipReason.AlreadySent));
        await using var db = portal.CreateDb();
        Assert.Equal(first.Queued, await db.EmailOutbox.CountAsync(m => m.AccountId == anna.AccountId && m.Category == EmailCategory.AdoptionDigest));
        Assert.Equal(first.Queued, await db.ProgramSends.CountAsync(s => s.AccountId == anna.AccountId));
    }

    [Fact]
    public async Task TwoRunnersAtOnceQueueEachDigestOnce()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        var contacts = await ActiveContactsAsync(portal, anna.AccountId);

        var runs = await Task.WhenAll(RunAsync(portal, "weekly-digest", anna.AccountId), RunAsync(portal, "weekly-digest", anna.AccountId));

        Assert.Equal(contacts, runs.Sum(r => r.Queued));
        await using var db = portal.CreateDb();
        Assert.Equal(contacts, await db.EmailOutbox.CountAsync(m => m.AccountId == anna.AccountId && m.Category == EmailCategory.AdoptionDigest));
    }

    [Fact]
    public async Task SendsTheNextWeeksDigestAWeekLater()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        var first = await RunAsync(portal, "weekly-digest", anna.AccountId);

        portal.Clock.Advance(TimeSpan.FromDays(7));
        var next = await RunAsync(portal, "weekly-digest", anna.AccountId);

        Assert.Equal(first.Queued, next.Queued);
    }

    [Fact]
    public async Task SkipsAContactWhoUnsubscribedFromTheDigest()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        await using (var db = portal.CreateDb())
        {
            db.EmailPreferences.Add(new EmailPreference
            {
                ContactId = anna.Id, Category = EmailCategory.AdoptionDigest, Subscribed = false, ChangedAt = portal.Clock.GetUtcNow().UtcDateTime,
            });
            // Another category's opt-out does not stop the digest.
            var ben = await db.Contacts.SingleAsync(c => c.Email == "ben@northwind.example");
            db.EmailPreferences.Add(new EmailPreference
            {
                ContactId = ben.Id, Category = EmailCategory.Renewal, Subscribed = false, ChangedAt = portal.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        var summary = await RunAsync(portal, "weekly-digest", anna.AccountId);

        Assert.Equal(1, summary.SkippedFor(SkipReason.Unsubscribed));
        await using var check = portal.CreateDb();
        Assert.False(await check.EmailOutbox.AnyAsync(m => m.ContactId == anna.Id));
        Assert.True(await check.EmailOutbox.AnyAsync(m => m.To == "ben@northwind.example"));
    }

    [Fact]
    public async Task SkipsAContactWhoseAttentionBudgetIsFullAndRecordsATouchForTheOthers()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        await using (var db = portal.CreateDb())
        {
            // The default budget is three emails a week; three went out in the last days.
            foreach (var daysAgo in new[] { 1, 2, 3 })
            {
                db.AttentionTouches.Add(new AttentionTouch
                {
                    AccountId = anna.AccountId, ContactId = anna.Id, Kind = AttentionKind.Email, Class = AttentionClass.Email,
                    Source = "email:other", At = now.AddDays(-daysAgo),
                });
            }

            await db.SaveChangesAsync();
        }

        var summary = await RunAsync(portal, "weekly-digest", anna.AccountId);

        Assert.Equal(1, summary.SkippedFor(SkipReason.OverBudget));
        await using var check = portal.CreateDb();
        Assert.False(await check.EmailOutbox.AnyAsync(m => m.ContactId == anna.Id));
        Assert.Equal(summary.Queued, await check.AttentionTouches.CountAsync(t => t.AccountId == anna.AccountId && t.Source == "email:weekly-digest"));
    }

    [Fact]
    public async Task WritesEachContactInTheirOwnLanguage()
    {
        await using var portal = new MailPortalFactory();
        var eva = await ContactAsync(portal, "eva@northwind.example");

        await RunAsync(portal, "weekly-digest", eva.AccountId);

        var message = await portal.Mailbox.WaitForMessageToAsync("eva@northwind.example");
        var english = await portal.Mailbox.WaitForMessageToAsync("anna@northwind.example");
        Assert.Equal("Viikkosi Adoptionissa: Northwind Logistics", message.Subject);
        Assert.StartsWith("Hei Eva Lind,", message.TextBody, StringComparison.Ordinal);
        // The key features the account has not used this month, by the names the CS team wrote in each language.
        await using var db = portal.CreateDb();
        var monthStart = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(-30);
        var used = await db.AccountFeatureDays.Where(d => d.AccountId == eva.AccountId && d.Day >= monthStart).Select(d => d.FeatureId).Distinct().ToListAsync();
        var unused = await db.KeyFeatures.Where(k => !used.Contains(k.Id)).ToListAsync();
        Assert.NotEmpty(unused);
        Assert.All(unused, k => Assert.Contains(k.Texts["fi"].Title, message.TextBody, StringComparison.Ordinal));
        Assert.All(unused, k => Assert.Contains(k.Name, english.TextBody, StringComparison.Ordinal));
        Assert.All(unused, k => Assert.DoesNotContain(k.Texts["fi"].Title, english.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADryRunCountsButQueuesNothing()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");

        var summary = await RunAsync(portal, "weekly-digest", anna.AccountId, dryRun: true);

        Assert.True(summary.Queued > 0);
        await using var db = portal.CreateDb();
        Assert.False(await db.ProgramSends.AnyAsync());
        Assert.False(await db.EmailOutbox.AnyAsync(m => m.Category == EmailCategory.AdoptionDigest));
    }

    [Theory]
    [InlineData("2026-11-30T07:59:00", false)] // Monday, before eight
    [InlineData("2026-11-30T08:00:00", true)]
    [InlineData("2026-12-02T06:00:00", true)] // Wednesday: a portal that was down on Monday catches up
    public void IsDueFromMondayEightLocalTime(string local, bool due) =>
        Assert.Equal(due, WeeklyDigest.IsDue(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));
}
