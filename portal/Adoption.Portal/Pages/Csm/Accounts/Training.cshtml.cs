using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>
/// Training for one account: paths made for it (new, or copied from the library to adapt), and
/// assigning a path to its people, which enrols them.
/// </summary>
public sealed class TrainingModel(
    AdoptionDb db, TimeProvider clock, IValidator<TrainingModel.NewPathInput> pathValidator, IStringLocalizer<TrainingModel> localizer) : CsmPageModel
{
    [BindProperty] public NewPathInput NewPath { get; set; } = new();
    [BindProperty] public AssignInput Assign { get; set; } = new();
    [BindProperty] public MilestoneRuleInput Rule { get; set; } = new();

    public Account Account { get; private set; } = null!;
    public IReadOnlyList<TrainingPath> Paths { get; private set; } = [];
    public IReadOnlyList<Enrolment> Enrolments { get; private set; } = [];
    public IReadOnlyList<Contact> People { get; private set; } = [];
    /// <summary>The account's open and done milestones, by id: what a training rule can complete.</summary>
    public IReadOnlyDictionary<int, string> Milestones { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<TrainingMilestoneRule> Rules { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await pathValidator.ValidateAsync(NewPath);
        var source = NewPath.CopyFromId is { } from ? Paths.SingleOrDefault(p => p.Id == from) : null;
        if (NewPath.CopyFromId is not null && source is null)
        {
            ModelState.AddModelError($"{nameof(NewPath)}.{nameof(NewPath.CopyFromId)}", localizer["Choose a path from the list."]);
        }

        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(NewPath));
            return Page();
        }

        var path = new TrainingPath
        {
            AccountId = id, Title = NewPath.Title.Trim(), Description = source?.Description,
            Modules = source?.Modules.OrderBy(m => m.Order).Select(m => new TrainingModule
            {
                Title = m.Title, Kind = m.Kind, Url = m.Url, Minutes = m.Minutes, Order = m.Order, KeyFeatureId = m.KeyFeatureId,
            }).ToList() ?? [],
        };
        db.TrainingPaths.Add(path);
        await db.SaveChangesAsync();
        return Saved("/Csm/Training/Path", new { id = path.Id }, localizer["Path created for {0}.", Account.Name]);
    }

    public async Task<IActionResult> OnPostAssignAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var path = Paths.SingleOrDefault(p => p.Id == Assign.PathId);
        if (path is null)
        {
            ModelState.AddModelError($"{nameof(Assign)}.{nameof(Assign.PathId)}", localizer["Choose a path from the list."]);
        }

        var people = People.Where(c => Assign.ContactIds.Contains(c.Id)).ToList();
        if (people.Count == 0 || people.Count != Assign.ContactIds.Distinct().Count())
        {
            ModelState.AddModelError($"{nameof(Assign)}.{nameof(Assign.ContactIds)}", localizer["Choose at least one person at this account."]);
        }

        if (!ModelState.IsValid || path is null)
        {
            return Page();
        }

        var enrolled = Enrolments.Where(e => e.PathId == path.Id).Select(e => e.ContactId).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = people.Where(c => !enrolled.Contains(c.Id))
            .Select(c => new Enrolment { PathId = path.Id, AccountId = id, ContactId = c.Id, EnrolledAt = now }).ToList();
        db.Enrolments.AddRange(added);
        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/Training", new { id }, localizer["{0} people enrolled in {1}.", added.Count, path.Title]);
    }

    /// <summary>A plan milestone of this account completes itself once enough people finish a path (or one module of it).</summary>
    public async Task<IActionResult> OnPostRuleAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var path = Paths.SingleOrDefault(p => p.Id == Rule.PathId);
        if (Rule.MilestoneId is not { } milestoneId || !Milestones.ContainsKey(milestoneId))
        {
            ModelState.AddModelError($"{nameof(Rule)}.{nameof(Rule.MilestoneId)}", localizer["Choose a milestone of this account's plan."]);
        }

        if (path is null)
        {
            ModelState.AddModelError($"{nameof(Rule)}.{nameof(Rule.PathId)}", localizer["Choose a path from the list."]);
        }
        else if (Rule.ModuleId is { } moduleId && path.Modules.All(m => m.Id != moduleId))
        {
            ModelState.AddModelError($"{nameof(Rule)}.{nameof(Rule.ModuleId)}", localizer["Choose a module of that path."]);
        }

        if (Rule.People is < 1 or > 100_000)
        {
            ModelState.AddModelError($"{nameof(Rule)}.{nameof(Rule.People)}", localizer["Use a number of people from 1 to 100,000."]);
        }

        if (!ModelState.IsValid || path is null)
        {
            return Page();
        }

        var rule = await db.TrainingMilestoneRules.SingleOrDefaultAsync(r => r.MilestoneId == Rule.MilestoneId);
        if (rule is null)
        {
            db.TrainingMilestoneRules.Add(rule = new TrainingMilestoneRule { MilestoneId = Rule.MilestoneId!.Value, AccountId = id });
        }

        rule.PathId = path.Id;
        rule.ModuleId = Rule.ModuleId;
        rule.People = Rule.People;
        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/Training", new { id }, localizer["The milestone now completes itself from training."]);
    }

    private async Task<bool> LoadAsync(int id)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Paths = await db.TrainingPaths.AsNoTracking().Include(p => p.Modules)
            .Where(p => p.AccountId == null || p.AccountId == id).OrderBy(p => p.AccountId == null).ThenBy(p => p.Title).ToListAsync();
        Enrolments = await db.Enrolments.AsNoTracking().Include(e => e.Completions).Where(e => e.AccountId == id).ToListAsync();
        People = await db.Contacts.AsNoTracking().Where(c => c.AccountId == id && c.LeftAt == null).OrderBy(c => c.Name).ToListAsync();
        Milestones = await db.Milestones.AsNoTracking().Where(m => m.Objective!.Plan!.AccountId == id)
            .OrderBy(m => m.Objective!.Order).ThenBy(m => m.Order).ToDictionaryAsync(m => m.Id, m => m.Title);
        Rules = await db.TrainingMilestoneRules.AsNoTracking().Where(r => r.AccountId == id).ToListAsync();
        return true;
    }

    public sealed class NewPathInput
    {
        public string Title { get; set; } = "";
        /// <summary>A path to copy the modules from, so the account gets its own version to adapt.</summary>
        public int? CopyFromId { get; set; }
    }

    public sealed class AssignInput
    {
        public int? PathId { get; set; }
        public List<int> ContactIds { get; set; } = [];
    }

    public sealed class MilestoneRuleInput
    {
        public int? MilestoneId { get; set; }
        public int? PathId { get; set; }
        /// <summary>One module of the path instead of the whole path.</summary>
        public int? ModuleId { get; set; }
        public int People { get; set; } = 1;
    }

    public sealed class NewPathValidator : AbstractValidator<NewPathInput>
    {
        public NewPathValidator(IStringLocalizer<TrainingModel> localizer) =>
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Name the path."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
    }
}
