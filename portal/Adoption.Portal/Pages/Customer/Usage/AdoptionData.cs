namespace Adoption.Portal.Pages.Customer.Usage;

/// <summary>Reads an account's rollups (UserDay, UserFeatureDay) into <see cref="AdoptionSeries"/>.</summary>
public static class AdoptionData
{
    public static async Task<AdoptionSeries> LoadAsync(AdoptionDb db, int accountId, DateOnly today, int weeks = 13, CancellationToken cancellationToken = default)
    {
        var from = AdoptionSeries.FirstDayNeeded(today, weeks);
        var featureIds = await db.KeyFeatures.Select(f => f.Id).ToListAsync(cancellationToken);
        var active = await db.UserDays.AsNoTracking()
            .Where(r => r.AccountId == accountId && r.Day >= from && r.Day <= today)
            .Select(r => new ActiveDay(r.UserKey, r.Day)).ToListAsync(cancellationToken);
        var features = await db.UserFeatureDays.AsNoTracking()
            .Where(r => r.AccountId == accountId && r.Day >= from && r.Day <= today)
            .Select(r => new FeatureDay(r.UserKey, r.FeatureId, r.Day, r.Events)).ToListAsync(cancellationToken);
        return AdoptionSeries.Compute(today, featureIds, active, features, weeks);
    }
}
