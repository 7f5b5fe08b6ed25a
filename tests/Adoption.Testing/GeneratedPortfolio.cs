using Adoption.Portal.Data;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Testing;

/// <summary>
/// A large, varied portfolio for measuring pages at scale: accounts of every segment and stage with
/// the signals health reads (people, recent usage, NPS, tickets, risks). Deterministic for a seed.
/// </summary>
public static class GeneratedPortfolio
{
    public static async Task AddAsync(AdoptionDb db, int count, DateTime now, IReadOnlyList<string> csmUserIds, int seed = 42)
    {
        var random = new Random(seed);
        var today = DateOnly.FromDateTime(now);
        var featureIds = await db.KeyFeatures.Select(f => f.Id).ToListAsync();
        // Keys chosen here rather than by the database let EF batch the inserts (seconds, not tens of seconds).
        var nextAccountId = await db.Accounts.MaxAsync(a => a.Id) + 1;
        var nextContactId = await db.Contacts.MaxAsync(c => c.Id) + 1;
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var accounts = Enumerable.Range(1, count).Select(i =>
        {
            var segment = (Segment)(i % 3);
            return new Account
            {
                Id = nextAccountId++, Name = $"Generated {Words[i % Words.Length]} {i:0000}", ExternalId = $"gen-{seed}-{i:00000}",
                Segment = segment, Industry = Industries[i % Industries.Length], Employees = 10 + random.Next(5000),
                LicensedSeats = 5 + random.Next(500), Arr = 1_000m * (1 + random.Next(400)), Currency = i % 4 == 0 ? "USD" : "EUR",
                Stage = (LifecycleStage)random.Next(5), RenewalDate = today.AddDays(random.Next(-30, 400)),
                Coverage = segment == Segment.Smb ? Coverage.TechTouch : Coverage.Named,
                CsmUserId = segment == Segment.Smb || csmUserIds.Count == 0 ? null : csmUserIds[i % csmUserIds.Count],
                CreatedAt = now.AddDays(-random.Next(20, 1200)),
                Contacts = Enumerable.Range(1, 2 + random.Next(5)).Select(c => new Contact
                {
                    Id = nextContactId++, Name = $"Person {c}", Email = $"person{c}@gen{seed}-{i}.example", Role = (ContactRole)(c % 4), CreatedAt = now.AddDays(-30),
                }).ToList(),
            };
        }).ToList();
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync();

        foreach (var account in accounts)
        {
            var activity = random.NextDouble();
            foreach (var feature in featureIds.Where(_ => random.NextDouble() < activity))
            {
                db.AccountFeatureDays.Add(new AccountFeatureDay { AccountId = account.Id, FeatureId = feature, Day = today.AddDays(-random.Next(28)), Events = 1 + random.Next(40), Users = 1 });
            }

            foreach (var contact in account.Contacts.Where(_ => random.NextDouble() < activity))
            {
                db.UserDays.Add(new UserDay { AccountId = account.Id, UserKey = contact.Email, Day = today.AddDays(-random.Next(28)), Events = 1 + random.Next(20) });
            }

            for (var n = random.Next(3); n > 0; n--)
            {
                db.NpsResponses.Add(new NpsResponse { AccountId = account.Id, Score = Math.Clamp((int)Math.Round(activity * 10) + random.Next(-3, 2), 0, 10), RespondedAt = now.AddDays(-random.Next(150)) });
            }

            for (var n = random.Next(4); n > 0; n--)
            {
                db.SupportTickets.Add(new SupportTicket { AccountId = account.Id, Subject = "Generated ticket", Priority = (TicketPriority)random.Next(4), OpenedAt = now.AddDays(-random.Next(60)) });
            }

            if (random.NextDouble() < 0.15)
            {
                db.Risks.Add(new Risk { AccountId = account.Id, Category = RiskCategory.Renewal, Title = "Generated risk", RaisedAt = now.AddDays(-random.Next(60)) });
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private static readonly string[] Words = ["Alder", "Birch", "Cedar", "Dune", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Kestrel", "Lumen"];
    private static readonly string[] Industries = ["Logistics", "Retail", "Healthcare", "Manufacturing", "Software", "Travel", "Finance"];
}
