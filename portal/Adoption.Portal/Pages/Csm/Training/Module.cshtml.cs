using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Csm.Training;

/// <summary>One module of a training path. Its path's version guards concurrent edits.</summary>
public sealed class ModuleModel(AdoptionDb db, IValidator<ModuleInput> validator, IStringLocalizer<ModuleModel> localizer) : CsmPageModel
{
    [BindProperty] public ModuleInput Input { get; set; } = new();
    [BindProperty] public int PathVersion { get; set; }

    public TrainingModule Module { get; private set; } = null!;
    public TrainingPath Path { get; private set; } = null!;
    public IReadOnlyDictionary<int, string> Features { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = ModuleInput.From(Module);
        PathVersion = Path.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var module = await db.TrainingModules.SingleOrDefaultAsync(m => m.Id == id);
        if (module is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        if (Input.KeyFeatureId is { } feature && !Features.ContainsKey(feature))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.KeyFeatureId)}", localizer["Choose a key feature from the list."]);
        }

        if (validation.IsValid && ModelState.IsValid)
        {
            var path = await db.TrainingPaths.SingleAsync(p => p.Id == module.PathId);
            TouchVersion(db, path, PathVersion);
            Input.ApplyTo(module);
            if (await TrySaveAsync(db, localizer["Someone else changed this path while you were editing. Reload the page to see their change."]))
            {
                return Saved("/Csm/Training/Path", new { id = path.Id }, localizer["Module saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var module = await db.TrainingModules.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (module is null)
        {
            return false;
        }

        Module = module;
        Path = await db.TrainingPaths.AsNoTracking().SingleAsync(p => p.Id == module.PathId);
        Features = await db.KeyFeatures.AsNoTracking().OrderBy(f => f.Order).ToDictionaryAsync(f => f.Id, f => f.Name);
        return true;
    }
}
