using Adoption.Portal.Data;
using Adoption.Portal.Domain.Training;
using Adoption.Portal.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>One training path: its modules in order, the person's progress, and where they mark modules done.</summary>
public sealed class PathModel(AdoptionDb db, TimeProvider clock, IValidator<ModuleDoneInput> validator, IStringLocalizer<TrainingText> localizer)
    : CustomerPageModel
{
    public TrainingPath Path { get; private set; } = null!;
    public IReadOnlyList<TrainingModule> Modules { get; private set; } = [];
    /// <summary>The person's enrolment, or null if they have not started the path.</summary>
    public Enrolment? Enrolment { get; private set; }
    public int Percent => Enrolment is null ? 0 : EnrolmentProgress.Percent(Enrolment.Completions.Count, Modules.Count);

    [BindProperty]
    public ModuleDoneInput Done { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEnrolAsync(int id)
    {
        if (await Enrolling.VisiblePathAsync(db, AccountId, id) is not { } path || User.ContactIdOf() is not { } contactId)
        {
            return NotFound();
        }

        await Enrolling.EnrolAsync(db, AccountId, contactId, id, clock.GetUtcNow().UtcDateTime);
        StatusMessage = localizer["You are enrolled in {0}.", path.Title];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDoneAsync(int id)
    {
        var path = await Enrolling.VisiblePathAsync(db, AccountId, id);
        if (path is null || User.ContactIdOf() is not { } contactId)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(Done)).IsValid || path.Modules.SingleOrDefault(m => m.Id == Done.ModuleId) is not { } module)
        {
            return BadRequest();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enrolment = await Enrolling.EnrolAsync(db, AccountId, contactId, id, now);
        var outcome = enrolment.MarkDone(module.Id, path.Modules.Select(m => m.Id).ToList(), now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Marked done from another tab at the same moment: it is done either way.
            outcome = ModuleDoneOutcome.AlreadyDone;
        }

        StatusMessage = outcome == ModuleDoneOutcome.PathCompleted
            ? localizer["Well done: you have completed {0}. Your certificate is ready.", path.Title]
            : localizer["Done: {0}", module.Title];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await Enrolling.VisiblePathAsync(db, AccountId, id) is not { } path)
        {
            return false;
        }

        Path = path;
        Modules = path.Modules.OrderBy(m => m.Order).ThenBy(m => m.Id).ToList();
        var contactId = User.ContactIdOf();
        Enrolment = await db.Enrolments.AsNoTracking().Include(e => e.Completions)
            .SingleOrDefaultAsync(e => e.AccountId == AccountId && e.ContactId == contactId && e.PathId == id);
        return true;
    }
}
