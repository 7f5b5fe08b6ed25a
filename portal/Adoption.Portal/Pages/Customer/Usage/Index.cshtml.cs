using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Customer.Usage;

/// <summary>How much of the product the account uses: active people, key features, breadth over time.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock) : CustomerPageModel
{
    public AdoptionSeries Series { get; private set; } = null!;
    public IReadOnlyDictionary<int, KeyFeature> Features { get; private set; } = new Dictionary<int, KeyFeature>();
    /// <summary>For each unused key feature, the training modules that teach it.</summary>
    public IReadOnlyDictionary<int, List<(TrainingModule Module, string PathTitle)>> Training { get; private set; } = new Dictionary<int, List<(TrainingModule, string)>>();
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public int Seats { get; private set; }
    /// <summary>Days from the account's start to its first use of a key feature; null before that (the review shows the same).</summary>
    public int? DaysToFirstValue { get; private set; }
    /// <summary>Key features and training in the reader's language.</summary>
    public Wording Wording { get; private set; } = Wording.English;

    public async Task<IActionResult> OnGetAsync()
    {
        var today = TodayFrom(clock);
        Series = await AdoptionData.LoadAsync(db, AccountId, today);
        Wording = await Wording.ForAsync(db, AccountId);
        Features = await db.KeyFeatures.AsNoTracking().ToDictionaryAsync(f => f.Id);
        var account = await db.Accounts.Where(a => a.Id == AccountId).Select(a => new { a.LicensedSeats, a.CreatedAt }).SingleAsync();
        Seats = account.LicensedSeats;
        var firstUse = await db.AccountFeatureDays.Where(d => d.AccountId == AccountId && d.Day <= today).MinAsync(d => (DateOnly?)d.Day);
        DaysToFirstValue = Review.ReviewBuilder.DaysToFirstValue(account.CreatedAt, firstUse);

        var unused = Series.Features.Where(f => f.Users == 0).Select(f => f.FeatureId).ToList();
        var modules = await db.TrainingModules.AsNoTracking()
            .Where(m => m.KeyFeatureId != null && unused.Contains(m.KeyFeatureId.Value))
            .Join(db.TrainingPaths.Where(p => p.AccountId == null || p.AccountId == AccountId), m => m.PathId, p => p.Id, (m, p) => new { Module = m, p.Title, p.Texts })
            .ToListAsync();
        Training = modules.GroupBy(m => m.Module.KeyFeatureId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Module.Order).Select(m => (m.Module, Wording.Of(m.Texts, m.Title).Title)).ToList());

        // People are keyed by the host product's user id; show the contact's name where it is known.
        Names = await db.Contacts.AsNoTracking().Where(c => c.AccountId == AccountId && c.ExternalId != null)
            .ToDictionaryAsync(c => c.ExternalId!, c => c.Name);
        return Page();
    }
}
