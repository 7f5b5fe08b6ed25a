using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Csm.Training;

/// <summary>A training path (a library path, or one made for an account) and its ordered modules.</summary>
public sealed class PathModel(
    AdoptionDb db, IValidator<PathModel.InputModel> validator, IValidator<ModuleInput> moduleValidator, IStringLocalizer<PathModel> localizer)
    : CsmPageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public ModuleInput NewModule { get; set; } = new();

    public TrainingPath Path { get; private set; } = null!;
    public string? AccountName { get; private set; }
    public int Enrolments { get; private set; }
    public IReadOnlyDictionary<int, string> Features { get; private set; } = new Dictionary<int, string>();

    private string Conflict => localizer["Someone else changed this path while you were editing. Reload the page to see their change."];
    private IActionResult SavedHere(string message) => Saved("/Csm/Training/Path", new { id = Path.Id }, message);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new InputModel { Title = Path.Title, Description = Path.Description, ValidMonths = Path.ValidMonths, Texts = TranslationInput.From(Path.Texts), Version = Path.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var path = await db.TrainingPaths.SingleOrDefaultAsync(p => p.Id == id);
        if (path is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        if (validation.IsValid)
        {
            ExpectVersion(db, path, Input.Version);
            path.Title = Input.Title.Trim();
            path.Description = Input.Description.TrimmedOrNull();
            path.ValidMonths = Input.ValidMonths;
            path.Texts = TranslationInput.ToTexts(Input.Texts);
            if (await TrySaveAsync(db, Conflict))
            {
                return SavedHere(localizer["Path saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostAddModuleAsync(int id)
    {
        var path = await db.TrainingPaths.Include(p => p.Modules).SingleOrDefaultAsync(p => p.Id == id);
        if (path is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await moduleValidator.ValidateAsync(NewModule);
        if (NewModule.KeyFeatureId is { } feature && !Features.ContainsKey(feature))
        {
            ModelState.AddModelError($"{nameof(NewModule)}.{nameof(NewModule.KeyFeatureId)}", localizer["Choose a key feature from the list."]);
        }

        if (validation.IsValid && ModelState.IsValid)
        {
            TouchVersion(db, path, Input.Version);
            var module = new TrainingModule { Title = "", Url = "", Order = path.Modules.Select(m => m.Order).DefaultIfEmpty(0).Max() + 1 };
            NewModule.ApplyTo(module);
            path.Modules.Add(module);
            if (await TrySaveAsync(db, Conflict))
            {
                return SavedHere(localizer["Module added."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(NewModule));
        Input = new InputModel { Title = Path.Title, Description = Path.Description, ValidMonths = Path.ValidMonths, Texts = TranslationInput.From(Path.Texts), Version = Input.Version };
        return Page();
    }

    /// <summary>Moves a module one place up or down by swapping positions with its neighbour.</summary>
    public Task<IActionResult> OnPostMoveAsync(int id, int moduleId, bool up) => ChangeModulesAsync(id, moduleId, (path, module) =>
    {
        var ordered = path.Modules.OrderBy(m => m.Order).ToList();
        var index = ordered.IndexOf(module);
        var neighbour = up ? index - 1 : index + 1;
        if (neighbour >= 0 && neighbour < ordered.Count)
        {
            (ordered[index], ordered[neighbour]) = (ordered[neighbour], ordered[index]);
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order = i + 1;
        }

        return localizer["Order saved."];
    });

    /// <summary>Removes a module; people's completions of it go too, so progress counts only what is left.</summary>
    public Task<IActionResult> OnPostRemoveAsync(int id, int moduleId) => ChangeModulesAsync(id, moduleId, (path, module) =>
    {
        db.ModuleCompletions.RemoveRange(db.ModuleCompletions.Where(c => c.ModuleId == module.Id));
        path.Modules.Remove(module);
        db.TrainingModules.Remove(module);
        return localizer["Module removed."];
    });

    private async Task<IActionResult> ChangeModulesAsync(int id, int moduleId, Func<TrainingPath, TrainingModule, string> change)
    {
        var path = await db.TrainingPaths.Include(p => p.Modules).SingleOrDefaultAsync(p => p.Id == id);
        var module = path?.Modules.SingleOrDefault(m => m.Id == moduleId);
        if (path is null || module is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        TouchVersion(db, path, Input.Version);
        var message = change(path, module);
        if (await TrySaveAsync(db, Conflict))
        {
            return SavedHere(message);
        }

        Input = new InputModel { Title = Path.Title, Description = Path.Description, ValidMonths = Path.ValidMonths, Texts = TranslationInput.From(Path.Texts), Version = Input.Version };
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var path = await db.TrainingPaths.AsNoTracking().Include(p => p.Modules).SingleOrDefaultAsync(p => p.Id == id);
        if (path is null)
        {
            return false;
        }

        Path = path;
        AccountName = path.AccountId is { } accountId ? await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Name).SingleAsync() : null;
        Enrolments = await db.Enrolments.CountAsync(e => e.PathId == id);
        Features = await db.KeyFeatures.AsNoTracking().OrderBy(f => f.Order).ToDictionaryAsync(f => f.Id, f => f.Name);
        return true;
    }

    public sealed class InputModel
    {
        public string Title { get; set; } = "";
        public string? Description { get; set; }
        /// <summary>Certificates expire this many months after completion; empty: never.</summary>
        public int? ValidMonths { get; set; }
        /// <summary>The title and description in the other languages.</summary>
        public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();
        public int Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<PathModel> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 2000));
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Name the path."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Description).MaximumLength(2000).WithMessage(_ => localizer["Keep the description under 2,000 characters."]);
            RuleFor(i => i.ValidMonths).InclusiveBetween(1, 120).WithMessage(_ => localizer["Use 1 to 120 months, or leave it empty for certificates that never expire."]);
        }
    }
}
