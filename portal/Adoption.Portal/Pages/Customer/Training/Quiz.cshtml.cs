using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>
/// The quiz that ends a module. Every try is stored with its answers; passing (the module's pass
/// mark) completes the module, and so the certificate needs a pass. Retakes are always allowed.
/// </summary>
public sealed class QuizModel(AdoptionDb db, TimeProvider clock, IStringLocalizer<TrainingText> localizer) : CustomerPageModel
{
    public TrainingPath Path { get; private set; } = null!;
    public TrainingModule Module { get; private set; } = null!;
    public Quiz Quiz => Module.Quiz!;
    public Wording Copy { get; private set; } = Wording.English;
    public IReadOnlyList<QuizAttempt> Attempts { get; private set; } = [];
    public bool Passed => Attempts.Any(a => a.Passed);

    /// <summary>Per question, the chosen choice indexes (one for single choice).</summary>
    [BindProperty]
    public List<List<int>> Answers { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int moduleId) => await LoadAsync(moduleId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int moduleId)
    {
        if (!await LoadAsync(moduleId) || User.ContactIdOf() is not { } contactId)
        {
            return NotFound();
        }

        for (var i = 0; i < Quiz.Questions.Count; i++)
        {
            var question = Quiz.Questions[i];
            var chosen = i < Answers.Count ? Answers[i] : [];
            if (chosen.Count == 0)
            {
                ModelState.AddModelError($"Answers[{i}]", localizer["Answer this question."]);
            }
            else if (chosen.Any(c => c < 0 || c >= question.Choices.Count) || (!question.Multiple && chosen.Count > 1) || chosen.Distinct().Count() != chosen.Count)
            {
                ModelState.AddModelError($"Answers[{i}]", localizer["Choose from the answers given."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var answers = Answers.Take(Quiz.Questions.Count).Select(a => a.Order().ToList()).ToList();
        var score = Quiz.Score(answers);
        var enrolment = await Enrolling.EnrolAsync(db, AccountId, contactId, Path.Id, now);
        db.QuizAttempts.Add(new QuizAttempt { EnrolmentId = enrolment.Id, ModuleId = moduleId, AttemptedAt = now, Answers = answers, Percent = score.Percent, Passed = score.Passed });
        var outcome = score.Passed ? enrolment.MarkDone(moduleId, Path.Modules.Select(m => m.Id).ToList(), now) : ModuleDoneOutcome.AlreadyDone;
        await db.SaveChangesAsync();

        StatusMessage = !score.Passed
            ? localizer["You scored {0}%; {1}% passes. Have another look and try again.", score.Percent, Quiz.PassPercent]
            : outcome == ModuleDoneOutcome.PathCompleted
                ? localizer["Well done: you have completed {0}. Your certificate is ready.", Copy.Of(Path).Title]
                : localizer["Passed with {0}%: {1} is done.", score.Percent, Copy.Of(Module)];
        return RedirectToPage(new { moduleId });
    }

    private async Task<bool> LoadAsync(int moduleId)
    {
        var pathId = await db.TrainingModules.Where(m => m.Id == moduleId).Select(m => (int?)m.PathId).SingleOrDefaultAsync();
        if (pathId is null || await Enrolling.VisiblePathAsync(db, AccountId, pathId.Value) is not { } path
            || path.Modules.SingleOrDefault(m => m.Id == moduleId) is not { Quiz.Questions.Count: > 0 } module)
        {
            return false;
        }

        Path = path;
        Module = module;
        Copy = await Wording.ForAsync(db, AccountId);
        var contactId = User.ContactIdOf();
        Attempts = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.ModuleId == moduleId && db.Enrolments.Any(e => e.Id == a.EnrolmentId && e.ContactId == contactId && e.AccountId == AccountId))
            .OrderByDescending(a => a.AttemptedAt).ThenByDescending(a => a.Id)
            .ToListAsync();
        return true;
    }
}
