using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adoption.Portal.Pages.Csm.Templates;

/// <summary>One milestone of a template. The template's version guards the edit.</summary>
public sealed class MilestoneModel(AdoptionDb db, IValidator<TemplateMilestoneInput> validator, IStringLocalizer<MilestoneModel> localizer)
    : CsmPageModel
{
    [BindProperty] public TemplateMilestoneInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public TemplateMilestone Milestone { get; private set; } = null!;
    public TemplateObjective Objective { get; private set; } = null!;
    public PlanTemplate Template { get; private set; } = null!;

    private string Conflict => localizer["Someone else changed this template while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Input, Version) = (TemplateMilestoneInput.From(Milestone), Template.Version);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id) => ChangeAsync(id, validate: true, milestone =>
    {
        Input.ApplyTo(milestone);
        return localizer["Milestone saved."];
    });

    public Task<IActionResult> OnPostDeleteAsync(int id) => ChangeAsync(id, validate: false, milestone =>
    {
        db.Remove(milestone);
        return localizer["Milestone deleted."];
    });

    private async Task<IActionResult> ChangeAsync(int id, bool validate, Func<TemplateMilestone, string> change)
    {
        var milestone = await db.Set<TemplateMilestone>().SingleOrDefaultAsync(m => m.Id == id);
        if (milestone is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = validate ? await validator.ValidateAsync(Input) : new FluentValidation.Results.ValidationResult();
        if (validation.IsValid && ModelState.IsValid)
        {
            var template = await db.PlanTemplates.SingleAsync(t => t.Id == Template.Id);
            TouchVersion(db, template, Version);
            var message = change(milestone);
            if (await TrySaveAsync(db, Conflict))
            {
                return Saved($"/csm/templates/objectives/{Objective.Id}", message);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        if (!validate)
        {
            Input = TemplateMilestoneInput.From(Milestone);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var milestone = await db.Set<TemplateMilestone>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (milestone is null)
        {
            return false;
        }

        Milestone = milestone;
        Objective = await db.Set<TemplateObjective>().AsNoTracking().SingleAsync(o => o.Id == milestone.TemplateObjectiveId);
        Template = await db.PlanTemplates.AsNoTracking().SingleAsync(t => t.Id == Objective.TemplateId);
        return true;
    }
}
