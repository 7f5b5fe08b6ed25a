using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Csm.Templates;

/// <summary>What CSMs reuse across accounts: success-plan templates and the training library.</summary>
public sealed class IndexModel(AdoptionDb db, IValidator<IndexModel.NewInput> validator, IStringLocalizer<IndexModel> localizer) : CsmPageModel
{
    [BindProperty] public NewInput NewTemplate { get; set; } = new();
    [BindProperty] public NewInput NewPath { get; set; } = new();

    public IReadOnlyList<TemplateSummary> Templates { get; private set; } = [];
    public IReadOnlyList<PathSummary> Paths { get; private set; } = [];

    public sealed record TemplateSummary(int Id, string Name, string? Description, int Objectives, int Milestones, int Plans);

    public sealed record PathSummary(int Id, string Title, string? Description, int Modules, int Minutes, int Enrolments);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostTemplateAsync()
    {
        var validation = await validator.ValidateAsync(NewTemplate);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(NewTemplate));
            await LoadAsync();
            return Page();
        }

        var template = new PlanTemplate { Name = NewTemplate.Name.Trim(), Description = NewTemplate.Description.TrimmedOrNull() };
        db.PlanTemplates.Add(template);
        await db.SaveChangesAsync();
        return Saved("/Csm/Templates/Edit", new { id = template.Id }, localizer["Template created. Add its objectives and milestones."]);
    }

    public async Task<IActionResult> OnPostPathAsync()
    {
        var validation = await validator.ValidateAsync(NewPath);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(NewPath));
            await LoadAsync();
            return Page();
        }

        var path = new TrainingPath { Title = NewPath.Name.Trim(), Description = NewPath.Description.TrimmedOrNull() };
        db.TrainingPaths.Add(path);
        await db.SaveChangesAsync();
        return Saved("/Csm/Training/Path", new { id = path.Id }, localizer["Library path created. Add its modules."]);
    }

    private async Task LoadAsync()
    {
        Templates = await db.PlanTemplates.AsNoTracking().OrderBy(t => t.Name)
            // Milestones are counted directly: SQL Server cannot sum a per-objective count subquery.
            .Select(t => new TemplateSummary(t.Id, t.Name, t.Description, t.Objectives.Count,
                db.Set<TemplateMilestone>().Count(m => t.Objectives.Any(o => o.Id == m.TemplateObjectiveId)),
                db.Plans.Count(p => p.TemplateId == t.Id)))
            .ToListAsync();
        Paths = await db.TrainingPaths.AsNoTracking().Where(p => p.AccountId == null).OrderBy(p => p.Title)
            .Select(p => new PathSummary(p.Id, p.Title, p.Description, p.Modules.Count, p.Modules.Sum(m => m.Minutes),
                db.Enrolments.Count(e => e.PathId == p.Id)))
            .ToListAsync();
    }

    /// <summary>The name and description that start a template or a library path.</summary>
    public sealed class NewInput
    {
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        /// <summary>The name and description in the other languages (edited on the template's page).</summary>
        public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();

        public static NewInput From(PlanTemplate template) =>
            new() { Name = template.Name, Description = template.Description, Texts = TranslationInput.From(template.Texts) };
    }

    public sealed class Validator : AbstractValidator<NewInput>
    {
        public Validator(IStringLocalizer<IndexModel> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 2000));
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Enter a name."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Description).MaximumLength(2000).WithMessage(_ => localizer["Keep the description under 2,000 characters."]);
        }
    }
}
