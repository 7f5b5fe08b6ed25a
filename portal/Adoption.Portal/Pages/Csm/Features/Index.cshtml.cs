using Adoption.Portal.Domain.Adoption;

namespace Adoption.Portal.Pages.Csm.Features;

/// <summary>The key-feature catalogue: which events mean a feature is used, and what teaches it.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, IValidator<FeatureInput> validator, IStringLocalizer<IndexModel> localizer)
    : CsmPageModel
{
    [BindProperty] public FeatureInput NewFeature { get; set; } = new();

    public IReadOnlyList<KeyFeature> Features { get; private set; } = [];
    public ILookup<int, string> ModulesByFeature { get; private set; } = Enumerable.Empty<int>().ToLookup(i => i, _ => "");
    public IReadOnlyDictionary<int, int> AccountsUsing { get; private set; } = new Dictionary<int, int>();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        NewFeature.Order = Features.Select(f => f.Order).DefaultIfEmpty(0).Max() + 1;
        var validation = await validator.ValidateAsync(NewFeature);
        if (Features.Any(f => f.Key == NewFeature.Key.Trim()))
        {
            ModelState.AddModelError($"{nameof(NewFeature)}.{nameof(NewFeature.Key)}", localizer["Another feature already has this key."]);
        }

        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(NewFeature));
            return Page();
        }

        var feature = new KeyFeature { Key = "", Name = "" };
        NewFeature.ApplyTo(feature);
        db.KeyFeatures.Add(feature);
        await db.SaveChangesAsync();
        return Saved("/Csm/Features/Edit", new { id = feature.Id }, localizer["Feature added. Now say which events mean it is used."]);
    }

    private async Task LoadAsync()
    {
        Features = await db.KeyFeatures.AsNoTracking().Include(f => f.Rules).OrderBy(f => f.Order).ThenBy(f => f.Name).ToListAsync();
        ModulesByFeature = (await db.TrainingModules.AsNoTracking()
                .Where(m => m.KeyFeatureId != null && db.TrainingPaths.Any(p => p.Id == m.PathId && p.AccountId == null))
                .Select(m => new { Feature = m.KeyFeatureId!.Value, m.Title }).ToListAsync())
            .ToLookup(m => m.Feature, m => m.Title);
        var monthAgo = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-29);
        AccountsUsing = await db.AccountFeatureDays.Where(r => r.Day >= monthAgo)
            .GroupBy(r => r.FeatureId).Select(g => new { g.Key, Accounts = g.Select(r => r.AccountId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Accounts);
    }
}
