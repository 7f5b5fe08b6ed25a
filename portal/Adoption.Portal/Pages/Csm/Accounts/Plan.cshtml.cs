using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Pages.Csm.Plans;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>The account's success plan as the CSM authors it: start it from a template, then shape it.</summary>
public sealed class PlanModel(
    AdoptionDb db, TimeProvider clock, IValidator<PlanModel.PlanInput> planValidator, IValidator<PlanModel.CreateInput> createValidator,
    IValidator<ObjectiveInput> objectiveValidator, IStringLocalizer<PlanModel> localizer) : CsmPageModel
{
    [BindProperty] public PlanInput Input { get; set; } = new();
    [BindProperty] public CreateInput Create { get; set; } = new();
    [BindProperty] public ObjectiveInput NewObjective { get; set; } = new();
    [BindProperty] public bool ConfirmDelete { get; set; }

    public Account Account { get; private set; } = null!;
    public SuccessPlan? Plan { get; private set; }
    public IReadOnlyList<PlanTemplate> Templates { get; private set; } = [];
    public IReadOnlyDictionary<int, string> FeatureNames { get; private set; } = new Dictionary<int, string>();
    public DateOnly Today { get; private set; }

    private IActionResult SavedHere(string message) => Saved("/Csm/Accounts/Plan", new { id = Account.Id }, message);
    private string Conflict => localizer["Someone else changed this plan while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Create.Start = Today;
        Input = Plan is null ? new() : PlanInput.From(Plan, Plan.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await createValidator.ValidateAsync(Create);
        var template = await db.PlanTemplates.AsNoTracking().Include(t => t.Objectives).ThenInclude(o => o.Milestones)
            .SingleOrDefaultAsync(t => t.Id == Create.TemplateId);
        if (template is null)
        {
            ModelState.AddModelError($"{nameof(Create)}.{nameof(Create.TemplateId)}", localizer["Choose a template."]);
        }

        if (Plan is not null)
        {
            ModelState.AddModelError(string.Empty, localizer["This account already has a plan. Delete it first to start again."]);
        }

        if (!validation.IsValid || !ModelState.IsValid || template is null)
        {
            validation.AddToModelState(ModelState, nameof(Create));
            return Page();
        }

        var plan = template.CreatePlan(id, Create.Start!.Value, clock.GetUtcNow().UtcDateTime).NamedFor(Account.Name);
        db.Plans.Add(plan);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another CSM created a plan in the same moment: the unique index keeps one.
            ModelState.AddModelError(string.Empty, localizer["This account already has a plan. Delete it first to start again."]);
            return Page();
        }

        return SavedHere(localizer["Plan created from {0}.", template.Name]);
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.AccountId == id);
        if (plan is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await planValidator.ValidateAsync(Input);
        if (validation.IsValid)
        {
            ExpectVersion(db, plan, Input.Version);
            plan.Title = Input.Title.Trim();
            plan.Summary = Input.Summary.TrimmedOrNull();
            plan.Texts = TranslationInput.ToTexts(Input.Texts);
            plan.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            if (await TrySaveAsync(db, Conflict))
            {
                return SavedHere(localizer["Plan saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostAddObjectiveAsync(int id)
    {
        if (!await LoadAsync(id) || Plan is null)
        {
            return NotFound();
        }

        var validation = await objectiveValidator.ValidateAsync(NewObjective);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(NewObjective));
            Input = PlanInput.From(Plan, Plan.Version);
            return Page();
        }

        var objective = new Objective { PlanId = Plan.Id, Title = "" };
        NewObjective.Order = Plan.Objectives.Select(o => o.Order).DefaultIfEmpty(0).Max() + 1;
        NewObjective.ApplyTo(objective);
        db.Objectives.Add(objective);
        await db.SaveChangesAsync();
        return SavedHere(localizer["Objective added."]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!await LoadAsync(id) || Plan is null)
        {
            return NotFound();
        }

        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), localizer["Tick the box to confirm that the plan and everything in it goes."]);
        }
        else if (await PlanRemoval.DeletePlanAsync(db, Plan.Id, Input.Version))
        {
            return SavedHere(localizer["Plan deleted."]);
        }
        else
        {
            ModelState.AddModelError(string.Empty, Conflict);
        }

        Input = PlanInput.From(Plan, Input.Version);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        Today = TodayFrom(clock);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Plan = await db.Plans.AsNoTracking().AsSplitQuery().Where(p => p.AccountId == id)
            .Include(p => p.Objectives).ThenInclude(o => o.Metrics)
            .Include(p => p.Objectives).ThenInclude(o => o.Milestones)
            .SingleOrDefaultAsync();
        Templates = await db.PlanTemplates.AsNoTracking().OrderBy(t => t.Name).ToListAsync();
        FeatureNames = await db.KeyFeatures.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name);
        if (Plan is not null)
        {
            // Bound metrics show the figure the customer sees now, not the value stored when they were made.
            await Outcomes.LiveFigures.ApplyAsync(db, id, Today, Plan.Objectives.SelectMany(o => o.Metrics).ToList());
        }

        return true;
    }

    public sealed class PlanInput
    {
        public string Title { get; set; } = "";
        public string? Summary { get; set; }
        public int Version { get; set; }
        /// <summary>The title and summary in the other languages.</summary>
        public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();

        public static PlanInput From(SuccessPlan plan, int version) =>
            new() { Title = plan.Title, Summary = plan.Summary, Version = version, Texts = TranslationInput.From(plan.Texts) };
    }

    public sealed class CreateInput
    {
        public int? TemplateId { get; set; }
        /// <summary>Milestone due dates count from this day.</summary>
        public DateOnly? Start { get; set; }
    }

    public sealed class PlanValidator : AbstractValidator<PlanInput>
    {
        public PlanValidator(IStringLocalizer<PlanModel> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 2000));
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Give the plan a title."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Summary).MaximumLength(2000).WithMessage(_ => localizer["Keep the summary under 2,000 characters."]);
        }
    }

    public sealed class CreateValidator : AbstractValidator<CreateInput>
    {
        public CreateValidator(IStringLocalizer<PlanModel> localizer) =>
            RuleFor(i => i.Start).NotNull().WithMessage(_ => localizer["Enter the day the plan starts."]);
    }
}
