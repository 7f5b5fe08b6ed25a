using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adoption.Portal.Pages.Csm.Templates;

/// <summary>One objective of a template and its milestones. The template's version guards every edit.</summary>
public sealed class ObjectiveModel(
    AdoptionDb db, IValidator<TemplateObjectiveInput> validator, IValidator<TemplateMilestoneInput> milestoneValidator, IStringLocalizer<ObjectiveModel> localizer)
    : CsmPageModel
{
    [BindProperty] public TemplateObjectiveInput Input { get; set; } = new();
    [BindProperty] public TemplateMilestoneInput NewMilestone { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public TemplateObjective Objective { get; private set; } = null!;
    public PlanTemplate Template { get; private set; } = null!;

    private string Conflict => localizer["Someone else changed this template while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Input, Version) = (TemplateObjectiveInput.From(Objective), Template.Version);
        NewMilestone.DueAfterDays = 30;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id) => await EditAsync(id, validator, Input, nameof(Input), objective =>
    {
        Input.ApplyTo(objective);
        return ($"/csm/templates/objectives/{id}", localizer["Objective saved."]);
    });

    public async Task<IActionResult> OnPostAddMilestoneAsync(int id)
    {
        NewMilestone.Order = await db.Set<TemplateMilestone>().Where(m => m.TemplateObjectiveId == id).Select(m => (int?)m.Order).MaxAsync() + 1 ?? 1;
        return await EditAsync(id, milestoneValidator, NewMilestone, nameof(NewMilestone), objective =>
        {
            var milestone = new TemplateMilestone { Title = "" };
            NewMilestone.ApplyTo(milestone);
            objective.Milestones.Add(milestone);
            return ($"/csm/templates/objectives/{id}", localizer["Milestone added."]);
        });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id) => await EditAsync(id, null, Input, nameof(Input), objective =>
    {
        db.Set<TemplateObjective>().Remove(objective);
        return ($"/csm/templates/{objective.TemplateId}", localizer["Objective deleted."]);
    });

    private async Task<IActionResult> EditAsync<TInput>(int id, IValidator<TInput>? inputValidator, TInput input, string prefix, Func<TemplateObjective, (string Url, string Message)> change)
    {
        var objective = await db.Set<TemplateObjective>().Include(o => o.Milestones).SingleOrDefaultAsync(o => o.Id == id);
        if (objective is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = inputValidator is null ? new FluentValidation.Results.ValidationResult() : await inputValidator.ValidateAsync(input);
        if (validation.IsValid && ModelState.IsValid)
        {
            var template = await db.PlanTemplates.SingleAsync(t => t.Id == objective.TemplateId);
            TouchVersion(db, template, Version);
            var (url, message) = change(objective);
            if (await TrySaveAsync(db, Conflict))
            {
                return Saved(url, message);
            }
        }

        validation.AddToModelState(ModelState, prefix);
        if (prefix != nameof(Input))
        {
            Input = TemplateObjectiveInput.From(Objective);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var objective = await db.Set<TemplateObjective>().AsNoTracking().Include(o => o.Milestones).SingleOrDefaultAsync(o => o.Id == id);
        if (objective is null)
        {
            return false;
        }

        Objective = objective;
        Template = await db.PlanTemplates.AsNoTracking().SingleAsync(t => t.Id == objective.TemplateId);
        return true;
    }
}
