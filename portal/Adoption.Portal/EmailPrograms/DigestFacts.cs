using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.EmailPrograms;

/// <summary>An unused key feature and the training module that teaches it, if there is one.</summary>
public sealed record UnusedFeature(string Feature, string? Module, string? ModuleUrl);

/// <summary>A customer-visible milestone that is due within two weeks or overdue.</summary>
public sealed record MilestoneDue(string Title, DateOnly Due);

/// <summary>What an account's digest says; the same for every contact of the account reading one language on one day.</summary>
public sealed record AccountDigestFacts(
    string AccountName, int ActiveThisWeek, int ActiveLastWeek, int FeaturesThisWeek, int FeaturesLastWeek, int FeatureCount,
    IReadOnlyList<UnusedFeature> Unused, IReadOnlyList<MilestoneDue> MilestonesDue, int ValueCount, decimal ValueTotal, string Currency);

/// <summary>
/// Reads an account's digest figures from the adoption rollups, the plan and the value ledger, once
/// per account, day and language in a run (a program run is one scope), so thousands of contacts cost one read each account.
/// Authored names (key features, modules, milestones) are in the reader's language, then the account's, then English.
/// </summary>
public sealed class DigestFacts
{
    private readonly Dictionary<(int, DateOnly, string), AccountDigestFacts> cache = [];

    public async Task<AccountDigestFacts> ForAccountAsync(AdoptionDb db, int accountId, DateOnly today, string locale, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue((accountId, today, locale), out var known))
        {
            return known;
        }

        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => new { a.Name, a.Currency, a.Language }).SingleAsync(cancellationToken);
        var wording = new Wording(locale, account.Language);
        var (weekStart, lastWeekStart, monthStart) = (today.AddDays(-7), today.AddDays(-14), today.AddDays(-30));
        var people = await db.UserDays.AsNoTracking()
            .Where(d => d.AccountId == accountId && d.Day >= lastWeekStart && d.Day < today)
            .Select(d => new { d.UserKey, ThisWeek = d.Day >= weekStart }).Distinct().ToListAsync(cancellationToken);
        var features = await db.AccountFeatureDays.AsNoTracking()
            .Where(d => d.AccountId == accountId && d.Day >= monthStart && d.Day < today)
            .Select(d => new { d.FeatureId, d.Day }).ToListAsync(cancellationToken);
        var keyFeatures = await db.KeyFeatures.AsNoTracking().OrderBy(k => k.Order).Select(k => new { k.Id, k.Name, k.Texts }).ToListAsync(cancellationToken);
        var usedLastMonth = features.Select(f => f.FeatureId).ToHashSet();
        var unusedIds = keyFeatures.Where(k => !usedLastMonth.Contains(k.Id)).Select(k => k.Id).ToList();
        var modules = await db.TrainingModules.AsNoTracking()
            .Where(m => m.KeyFeatureId != null && unusedIds.Contains(m.KeyFeatureId.Value)
                && db.TrainingPaths.Any(p => p.Id == m.PathId && (p.AccountId == null || p.AccountId == accountId)))
            .OrderBy(m => m.Order).Select(m => new { FeatureId = m.KeyFeatureId!.Value, m.Title, m.Texts, m.Url }).ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.Objective!.Plan!.AccountId == accountId && m.CustomerVisible && m.Status != MilestoneStatus.Done
                && m.DueDate != null && m.DueDate <= today.AddDays(14))
            .OrderBy(m => m.DueDate).Select(m => new { m.Title, m.Texts, Due = m.DueDate!.Value }).Take(5).ToListAsync(cancellationToken);
        var value = await db.ValueEntries.AsNoTracking().Where(v => v.AccountId == accountId && v.CustomerVisible)
            .Select(v => v.AnnualValue).ToListAsync(cancellationToken);

        var facts = new AccountDigestFacts(
            account.Name,
            people.Where(p => p.ThisWeek).Select(p => p.UserKey).Distinct().Count(),
            people.Where(p => !p.ThisWeek).Select(p => p.UserKey).Distinct().Count(),
            features.Where(f => f.Day >= weekStart).Select(f => f.FeatureId).Distinct().Count(),
            features.Where(f => f.Day >= lastWeekStart && f.Day < weekStart).Select(f => f.FeatureId).Distinct().Count(),
            keyFeatures.Count,
            keyFeatures.Where(k => unusedIds.Contains(k.Id))
                .Select(k => (Feature: wording.Of(k.Texts, k.Name).Title, Module: modules.FirstOrDefault(m => m.FeatureId == k.Id)))
                .Select(u => u.Module is { } m ? new UnusedFeature(u.Feature, wording.Of(m.Texts, m.Title).Title, m.Url) : new UnusedFeature(u.Feature, null, null))
                .ToList(),
            [.. milestones.Select(m => new MilestoneDue(wording.Of(m.Texts, m.Title).Title, m.Due))], value.Count, value.Sum(), account.Currency);
        cache[(accountId, today, locale)] = facts;
        return facts;
    }
}
