using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Adoption.Portal.EmailPrograms;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Adoption.Portal.Tests.Email.TheOutbox;

namespace Adoption.Portal.Tests.Email;


/// <summary>
/// Delivery against a real SMTP server process (aiosmtpd) that answers as real servers do: a 451 is
/// tried again, a 5xx is not, a 5.1.1 suppresses the address; one connection carries the due messages.
/// </summary>
public sealed class TheSmtpAnswers
{
    [Fact]
    public async Task A451IsTriedAgainAfterABackoffWithJitterAndThenDelivered()
    {
        await using var portal = MailPortalFactory.WithPickyServer();
        var id = await QueueAsync(portal, "greylist-kim@northwind.example");

        var deferred = await WaitForAsync(portal, id, m => m.Attempts == 1);
        Assert.Null(deferred.SentAt);
        Assert.Null(deferred.FailedAt);
        Assert.StartsWith("SMTP 451", deferred.LastError, StringComparison.Ordinal);
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        Assert.InRange(deferred.NextAttemptAt!.Value, now.AddSeconds(30), now.AddMinutes(1));
        Assert.Equal(0, portal.Mailbox.Count());

        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        portal.Services.GetRequiredService<OutboxSignal>().Poke();

        var sent = await WaitForAsync(portal, id, m => m.SentAt is not null);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Equal("greylist-kim@northwind.example", Assert.Single(portal.Mailbox.Messages()).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A550NoSuchMailboxIsNotRetriedSuppressesTheAddressAndShowsTheCsm()
    {
        await using var portal = MailPortalFactory.WithPickyServer();
        const string bounced = "nobody.ben@northwind.example";
        int benId, accountId;
        await using (var db = portal.CreateDb())
        {
            var ben = await db.Contacts.SingleAsync(c => c.Email == DemoSignIns.CustomerUser.Email);
            ben.Email = bounced;
            await db.SaveChangesAsync();
            (benId, accountId) = (ben.Id, ben.AccountId);
        }

        var id = await QueueAsync(portal, bounced);
        var failed = await WaitForAsync(portal, id, m => m.FailedAt is not null);

        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.Null(failed.NextAttemptAt);
        Assert.Contains("5.1.1", failed.LastError, StringComparison.Ordinal);
        await using (var db = portal.CreateDb())
        {
            var suppression = await db.EmailSuppressions.SingleAsync();
            Assert.Equal(bounced, suppression.Address);
            Assert.Equal(id, suppression.EmailMessageId);
            Assert.NotNull((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == benId)).EmailBouncedAt);
        }

        // Never tried again, and never mailed again: not a message queued later, not a program.
        var later = await QueueAsync(portal, "Nobody.Ben@northwind.example");
        var skipped = await WaitForAsync(portal, later, m => m.FailedAt is not null);
        Assert.Equal(0, skipped.Attempts);
        Assert.Contains("suppressed", skipped.LastError, StringComparison.Ordinal);
        portal.Clock.Advance(TimeSpan.FromHours(7));
        portal.Services.GetRequiredService<OutboxSignal>().Poke();
        var digest = await EmailPrograms.ProgramTesting.RunAsync(portal, "weekly-digest", accountId);
        Assert.Equal(1, digest.SkippedFor(SkipReason.Suppressed));
        await using (var db = portal.CreateDb())
        {
            Assert.Equal(1, (await db.EmailOutbox.AsNoTracking().SingleAsync(m => m.Id == id)).Attempts);
            Assert.False(await db.EmailOutbox.AnyAsync(m => m.ContactId == benId && m.Category == Domain.Accounts.EmailCategory.AdoptionDigest));
        }

        Assert.DoesNotContain(portal.Mailbox.Messages(), m => m.To.Mailboxes.Any(b => b.Address.Contains("nobody", StringComparison.OrdinalIgnoreCase)));

        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var page = await csm.GetStringAsync("/csm/email");
        Assert.Contains($"data-address=\"{bounced}\"", page, StringComparison.Ordinal);
        Assert.Contains("Ben Carter", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPermanentRefusalIsNotRetriedAndSuppressesNothing()
    {
        await using var portal = MailPortalFactory.WithPickyServer();
        var id = await QueueAsync(portal, "refused-cy@northwind.example");

        var failed = await WaitForAsync(portal, id, m => m.FailedAt is not null);

        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("SMTP 554", failed.LastError, StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.False(await db.EmailSuppressions.AnyAsync());
    }

    [Fact]
    public async Task OneConnectionCarriesAllDueMessagesEachToOneRecipient()
    {
        await using var portal = new MailPortalFactory();
        var ids = new List<long>();
        await using (var db = portal.CreateDb())
        {
            var messages = Enumerable.Range(1, 6).Select(i => new EmailMessage
            {
                To = $"reader{i}@northwind.example", Subject = "Hello", TextBody = "Hello\n", CreatedAt = portal.Clock.GetUtcNow().UtcDateTime,
            }).ToList();
            db.EmailOutbox.AddRange(messages);
            await db.SaveChangesAsync();
            ids.AddRange(messages.Select(m => m.Id));
        }

        portal.Services.GetRequiredService<OutboxSignal>().Poke();
        foreach (var id in ids)
        {
            await WaitForAsync(portal, id, m => m.SentAt is not null);
        }

        var received = portal.Mailbox.Messages();
        Assert.Equal(6, received.Count);
        Assert.All(received, m => Assert.Single(m.To.Mailboxes));
        // aiosmtpd stamps each message with the client's address and port: one port, one connection.
        Assert.Single(received.Select(m => m.Headers["X-Peer"]).Distinct());
    }
}
