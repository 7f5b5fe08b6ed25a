using Adoption.Portal.Attention;
using Adoption.Portal.Data;
using Adoption.Portal.Domain.Attention;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Attention;

/// <summary>A program run checks thousands of people from a ledger read in chunks; it must decide
/// exactly as the one-person budget does, and count what the run itself sends.</summary>
public sealed class TheAttentionLedger(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DecidesAsTheOnePersonBudgetDoesForEveryPersonAndEveryKindOfTouch()
    {
        var people = await PeopleAsync();
        await StoreRandomTouchesAsync(people, seed: 20261203, count: 40);

        await using var scope = portal.Services.CreateAsyncScope();
        var budget = scope.ServiceProvider.GetRequiredService<AttentionBudget>();
        var ledger = await budget.LedgerForAsync(people.Select(p => p.AccountId).Distinct().ToList());
        // Two chunks: a touch of a person found by contact in one and by user ID in the other is read twice.
        await budget.ReadIntoAsync(ledger, people.Take(3).ToList());
        await budget.ReadIntoAsync(ledger, people.Skip(3).ToList());

        var compared = 0;
        foreach (var person in people)
        {
            foreach (var kind in Enum.GetValues<AttentionKind>())
            {
                foreach (var @class in Enum.GetValues<AttentionClass>())
                {
                    var request = new AttentionRequest(person, kind, @class, Source: "nudge:3");
                    var expected = await budget.CheckAsync(request);
                    var actual = ledger.Check(request);
                    Assert.Equal((expected.Allowed, expected.Reason, expected.NextAllowedAt), (actual.Allowed, actual.Reason, actual.NextAllowedAt));
                    compared++;
                }
            }
        }

        Assert.Equal(people.Count * 9, compared);
    }

    [Fact]
    public async Task CountsTheRunsOwnEmailsBeforeTheyAreSaved()
    {
        await using var db = portal.CreateDb();
        var contact = await db.Contacts.FirstAsync(c => c.Email == "henry@contoso.example");
        var person = new AttentionSubject(contact.AccountId, contact.Id, null);
        await using var scope = portal.Services.CreateAsyncScope();
        var budget = scope.ServiceProvider.GetRequiredService<AttentionBudget>();
        var ledger = await budget.LedgerForAsync([person.AccountId]);
        await budget.ReadIntoAsync(ledger, [person]);
        var email = new AttentionRequest(person, AttentionKind.Email, AttentionClass.Email, Source: "email:weekly-digest");
        var room = budget.Limits.EmailsPerContactPerWeek - (await budget.LoadRecentAsync(person))
            .Count(t => t.Class == AttentionClass.Email && t.At > portal.Clock.GetUtcNow().UtcDateTime - AttentionRules.Week);
        Assert.True(room > 0);

        for (var i = 0; i < room; i++)
        {
            Assert.True(ledger.Check(email).Allowed);
            ledger.Count(email, email.Source!);
        }

        Assert.Equal(AttentionReason.PersonEmailsThisWeek, ledger.Check(email).Reason);
        Assert.True((await budget.CheckAsync(email)).Allowed); // nothing was saved
    }

    [Fact]
    public async Task CountsATouchFoundByContactAndByUserIdOnce()
    {
        await using var db = portal.CreateDb();
        var contact = await db.Contacts.FirstAsync(c => c.Email == "grace@contoso.example");
        var person = new AttentionSubject(contact.AccountId, contact.Id, "u-ledger-grace");
        var limit = new AttentionLimits().EmailsPerContactPerWeek;
        for (var i = 0; i < limit - 1; i++)
        {
            db.AttentionTouches.Add(new AttentionTouch
            {
                AccountId = person.AccountId, ContactId = person.ContactId, UserId = person.UserId, Kind = AttentionKind.Email,
                Class = AttentionClass.Email, Source = "email:renewal", At = portal.Clock.GetUtcNow().UtcDateTime.AddHours(-1 - i),
            });
        }

        await db.SaveChangesAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        var budget = scope.ServiceProvider.GetRequiredService<AttentionBudget>();
        var ledger = await budget.LedgerForAsync([person.AccountId]);
        await budget.ReadIntoAsync(ledger, [person]);
        await budget.ReadIntoAsync(ledger, [person]);
        var email = new AttentionRequest(person, AttentionKind.Email, AttentionClass.Email, Source: "email:weekly-digest");

        Assert.Equal(AttentionReason.WithinBudget, ledger.Check(email).Reason);
        ledger.Count(email, email.Source!);
        Assert.Equal(AttentionReason.PersonEmailsThisWeek, ledger.Check(email).Reason);
    }

    /// <summary>Northwind's people as the host product and the email programs know them, and one person at another account with a colliding user ID.</summary>
    private async Task<List<AttentionSubject>> PeopleAsync()
    {
        await using var db = portal.CreateDb();
        var northwind = await db.Contacts.Where(c => c.Account!.Name == "Northwind Logistics").OrderBy(c => c.Id).Take(3).ToListAsync();
        var other = await db.Contacts.FirstAsync(c => c.Email == "aino@aurora.example");
        return
        [
            new(northwind[0].AccountId, northwind[0].Id, "u-ledger-1"),
            new(northwind[1].AccountId, northwind[1].Id, null),
            new(northwind[2].AccountId, null, "u-ledger-3"),
            new(northwind[0].AccountId, northwind[2].Id, "u-ledger-1"),
            new(other.AccountId, other.Id, "u-ledger-1"),
            new(northwind[0].AccountId, null, "u-ledger-5"),
        ];
    }

    private async Task StoreRandomTouchesAsync(IReadOnlyList<AttentionSubject> people, int seed, int count)
    {
        var random = new Random(seed);
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var sources = new[] { "nudge:1", "nudge:3", "survey:7", "email:weekly-digest", "email:renewal" };
        await using var db = portal.CreateDb();
        for (var i = 0; i < count; i++)
        {
            var person = people[random.Next(people.Count)];
            // By contact, by user ID, or both, as the touch was made (an email, a prompt, a prompt to a known contact).
            var how = random.Next(3);
            db.AttentionTouches.Add(new AttentionTouch
            {
                AccountId = person.AccountId,
                ContactId = how != 1 ? person.ContactId : null,
                UserId = how != 0 ? person.UserId : null,
                Kind = (AttentionKind)random.Next(3), Class = (AttentionClass)random.Next(3),
                Priority = AttentionPriority.Normal, Source = sources[random.Next(sources.Length)],
                At = now - TimeSpan.FromHours(random.NextDouble() * 24 * 60),
            });
        }

        await db.SaveChangesAsync();
    }
}
