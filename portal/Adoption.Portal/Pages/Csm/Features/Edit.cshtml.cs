using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Ingestion.Catalogue;

namespace Adoption.Portal.Pages.Csm.Features;

/// <summary>One key feature: its name, its event rules and the library module that teaches it.</summary>
public sealed class EditModel(
    AdoptionDb db, FeatureCatalogue catalogue, IValidator<FeatureInput> validator, IValidator<RuleInput> ruleValidator, IStringLocalizer<EditModel> localizer) : CsmPageModel
{
    [BindProperty] public FeatureInput Input { get; set; } = new();
    [BindProperty] public RuleInput NewRule { get; set; } = new();

    public KeyFeature Feature { get; private set; } = null!;
    /// <summary>Library modules by path title, for choosing what teaches the feature.</summary>
    public ILookup<string, (int Id, string Title)> Modules { get; private set; } = Enumerable.Empty<int>().ToLookup(_ => "", _ => (0, ""));

    private string Conflict => localizer["Someone else changed this feature while you were editing. Reload the page to see their change."];
    private IActionResult SavedHere(string message) => Saved("/Csm/Features/Edit", new { id = Feature.Id }, message);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = FeatureInput.From(Feature, await TeachingModuleAsync(id));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var feature = await db.KeyFeatures.SingleOrDefaultAsync(f => f.Id == id);
        if (feature is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        if (await db.KeyFeatures.AnyAsync(f => f.Id != id && f.Key == Input.Key.Trim()))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Key)}", localizer["Another feature already has this key."]);
        }

        if (Input.ModuleId is { } chosen && !Modules.SelectMany(g => g).Any(m => m.Id == chosen))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ModuleId)}", localizer["Choose a module from the library."]);
        }

        if (validation.IsValid && ModelState.IsValid)
        {
            // The feature's version covers its teaching module too: the save below always bumps it.
            TouchVersion(db, feature, Input.Version);
            Input.ApplyTo(feature);
            var libraryModules = await db.TrainingModules
                .Where(m => (m.KeyFeatureId == id || m.Id == Input.ModuleId) && db.TrainingPaths.Any(p => p.Id == m.PathId && p.AccountId == null)).ToListAsync();
            foreach (var module in libraryModules)
            {
                module.KeyFeatureId = module.Id == Input.ModuleId ? id : null;
            }

            if (await TrySaveAsync(db, Conflict))
            {
                return SavedHere(localizer["Feature saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostAddRuleAsync(int id)
    {
        var feature = await db.KeyFeatures.Include(f => f.Rules).SingleOrDefaultAsync(f => f.Id == id);
        if (feature is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await ruleValidator.ValidateAsync(NewRule);
        if (validation.IsValid)
        {
            TouchVersion(db, feature, Input.Version);
            feature.Rules.Add(new FeatureEventRule
            {
                EventName = NewRule.EventName.Trim(),
                PropertyName = NewRule.PropertyName.TrimmedOrNull(),
                PropertyValue = NewRule.PropertyValue.TrimmedOrNull(),
            });
            if (await TrySaveAsync(db, Conflict))
            {
                catalogue.Invalidate();
                return SavedHere(localizer["Event rule added. Events from now on count towards the feature."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(NewRule));
        Input = FeatureInput.From(Feature, await TeachingModuleAsync(id));
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveRuleAsync(int id, int ruleId)
    {
        var feature = await db.KeyFeatures.Include(f => f.Rules).SingleOrDefaultAsync(f => f.Id == id);
        var rule = feature?.Rules.SingleOrDefault(r => r.Id == ruleId);
        if (feature is null || rule is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        TouchVersion(db, feature, Input.Version);
        db.FeatureEventRules.Remove(rule);
        if (await TrySaveAsync(db, Conflict))
        {
            catalogue.Invalidate();
            return SavedHere(localizer["Event rule removed."]);
        }

        Input = FeatureInput.From(Feature, await TeachingModuleAsync(id));
        return Page();
    }

    private Task<int?> TeachingModuleAsync(int featureId) =>
        db.TrainingModules.Where(m => m.KeyFeatureId == featureId && db.TrainingPaths.Any(p => p.Id == m.PathId && p.AccountId == null))
            .OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync();

    private async Task<bool> LoadAsync(int id)
    {
        var feature = await db.KeyFeatures.AsNoTracking().Include(f => f.Rules).SingleOrDefaultAsync(f => f.Id == id);
        if (feature is null)
        {
            return false;
        }

        Feature = feature;
        var modules = await db.TrainingModules.AsNoTracking()
            .Join(db.TrainingPaths.Where(p => p.AccountId == null), m => m.PathId, p => p.Id, (m, p) => new { Path = p.Title, m.Id, m.Title, m.Order })
            .ToListAsync();
        Modules = modules.OrderBy(m => m.Path).ThenBy(m => m.Order).ToLookup(m => m.Path, m => (m.Id, m.Title));
        return true;
    }
}
