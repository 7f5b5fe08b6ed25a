using Adoption.Portal.Domain.Training;
using Microsoft.Extensions.Options;
using TrainingOptions = Adoption.Portal.Training.TrainingOptions;

namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>One training path: its modules in order, the person's progress, and where they mark modules done.</summary>
public sealed class PathModel(AdoptionDb db, TimeProvider clock, IValidator<ModuleDoneInput> validator, IStringLocalizer<TrainingText> localizer, IOptions<TrainingOptions> options)
    : CustomerPageModel
{
    public TrainingPath Path { get; private set; } = null!;
    public IReadOnlyList<TrainingModule> Modules { get; private set; } = [];
    /// <summary>The person's enrolment, or null if they have not started the path.</summary>
    public Enrolment? Enrolment { get; private set; }
    public Wording Copy { get; private set; } = Wording.English;
    public int Percent => Enrolment is null ? 0 : EnrolmentProgress.Percent(Enrolment.Completions.Count, Modules.Count);

    /// <summary>When the person's certificate expires, if the path's certificates do.</summary>
    public DateTime? ExpiresAt => EnrolmentProgress.ExpiresAt(Enrolment?.CompletedAt, Path.ValidMonths);

    /// <summary>A certificate near its end (inside the reminder window) or past it can be renewed by taking the path again.</summary>
    public bool CanRenew => ExpiresAt is { } at && at <= clock.GetUtcNow().UtcDateTime.AddDays(options.Value.ReminderDaysBeforeExpiry);

    [BindProperty]
    public ModuleDoneInput Done { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <param name="source">"suggestion" when the person enrolled with one click from an unused feature's suggestion.</param>
    public async Task<IActionResult> OnPostEnrolAsync(int id, string? source)
    {
        if (await Enrolling.VisiblePathAsync(db, AccountId, id) is not { } path || User.ContactIdOf() is not { } contactId)
        {
            return NotFound();
        }

        await Enrolling.EnrolAsync(db, AccountId, contactId, id, clock.GetUtcNow().UtcDateTime,
            source == "suggestion" ? EnrolmentSource.Suggested : EnrolmentSource.Self);
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

        // Exercises verified by use complete from the product, and quizzes from a pass: neither by saying so.
        if (module.IsVerifiedByUse || module.Quiz is { Questions.Count: > 0 })
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

    /// <summary>Starts the path again to renew an expiring certificate: progress resets, the old code stops verifying,
    /// and exercises need doing in the product again.</summary>
    public async Task<IActionResult> OnPostRenewAsync(int id)
    {
        if (!await LoadAsync(id) || Enrolment is null || !CanRenew)
        {
            return NotFound();
        }

        var enrolment = await db.Enrolments.Include(e => e.Completions).SingleAsync(e => e.Id == Enrolment.Id);
        db.ModuleCompletions.RemoveRange(enrolment.Completions);
        enrolment.CompletedAt = null;
        enrolment.CertificateCode = null;
        enrolment.EnrolledAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        StatusMessage = localizer["You are renewing {0}: work through the modules again for a new certificate.", Copy.Of(Path).Title];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await Enrolling.VisiblePathAsync(db, AccountId, id) is not { } path)
        {
            return false;
        }

        Path = path;
        Copy = await Wording.ForAsync(db, AccountId);
        Modules = path.Modules.OrderBy(m => m.Order).ThenBy(m => m.Id).ToList();
        var contactId = User.ContactIdOf();
        Enrolment = await db.Enrolments.AsNoTracking().Include(e => e.Completions)
            .SingleOrDefaultAsync(e => e.AccountId == AccountId && e.ContactId == contactId && e.PathId == id);
        return true;
    }
}
