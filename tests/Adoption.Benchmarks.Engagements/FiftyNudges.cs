using Adoption.Portal.Data;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Engagements;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Benchmarks.Engagements;

/// <summary>Adds live nudges beside the demo's three, with every kind of rule, over five placements.</summary>
internal static class FiftyNudges
{
    public static readonly string[] Placements = ["home", "reports", "settings", "dashboard", "onboarding"];

    public static async Task<IReadOnlyList<string>> WriteAsync(string databasePath, int total = 50)
    {
        var options = new DbContextOptionsBuilder<SqliteAdoptionDb>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new SqliteAdoptionDb(options);
        var live = await db.Engagements.CountAsync(e => e.Status == EngagementStatus.Live);
        var features = await db.KeyFeatures.Select(f => f.Key).ToListAsync();
        var now = DateTime.UtcNow;
        for (var i = live; i < total; i++)
        {
            var kind = (EngagementKind)(i % 4);
            db.Engagements.Add(new Engagement
            {
                PublicId = $"ngm_b{i:0000}", Name = $"Benchmark nudge {i}", Kind = kind, Status = EngagementStatus.Live,
                Placement = Placements[i % Placements.Length], Anchor = kind == EngagementKind.Tooltip ? "#main" : null,
                Priority = i % 97, Frequency = (EngagementFrequency)(i % 3), FrequencyDays = 7, SnoozeDays = 3, HoldoutPercent = 10,
                Targeting = (i % 5) switch
                {
                    0 => new Targeting { Segments = [Segment.Enterprise, Segment.MidMarket] },
                    1 => new Targeting { Stages = [LifecycleStage.Adoption, LifecycleStage.Value], Roles = [ContactRole.Champion, ContactRole.User] },
                    2 => new Targeting { Features = [new FeatureRule { FeatureKey = features[i % features.Count], Used = false, WithinDays = 30 }] },
                    3 => new Targeting { MinDaysSinceFirstSeen = 7, Traits = [new TraitRule { Trait = AccountTrait.Employees, Operator = TraitOperator.AtLeast, Value = "100" }] },
                    _ => new Targeting(),
                },
                Content =
                [
                    new EngagementContent { Locale = "en", Title = $"Nudge {i}", Body = "A tip about the product.", CtaLabel = "Show me", CtaUrl = "/tips" },
                    new EngagementContent { Locale = "fi", Title = $"Vinkki {i}", Body = "Vinkki tuotteesta.", CtaLabel = "Näytä", CtaUrl = "/tips" },
                ],
                CreatedAt = now, UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync();
        return await db.Contacts.Where(c => c.ExternalId != null).OrderBy(c => c.Id).Select(c => c.ExternalId!).ToListAsync();
    }
}
