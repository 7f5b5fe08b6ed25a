using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>Training at the account: the person's own paths, badges and streak, paths to start, and progress per person and for the whole team.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, IStringLocalizer<TrainingText> localizer) : CustomerPageModel
{
    public sealed record PathRow(int Id, string Title, string? Description, int Modules, int Minutes);

    public sealed record EnrolmentRow(int Id, int PathId, int ContactId, int Done, int InProduct, DateTime? CompletedAt);

    /// <summary>A person in the team view; <see cref="Name"/> is null when they asked colleagues not to see it.</summary>
    public sealed record PersonRow(int ContactId, string? Name);

    public IReadOnlyList<PathRow> Paths { get; private set; } = [];
    public IReadOnlyList<EnrolmentRow> Enrolments { get; private set; } = [];
    public IReadOnlyList<PersonRow> People { get; private set; } = [];
    public int? ContactId { get; private set; }
    public IReadOnlyList<Badge> Badges { get; private set; } = [];
    public int Streak { get; private set; }
    public bool HideMyName { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IEnumerable<EnrolmentRow> Mine => Enrolments.Where(e => e.ContactId == ContactId);

    public PathRow PathOf(EnrolmentRow e) => Paths.Single(p => p.Id == e.PathId);

    public int PercentOf(EnrolmentRow e) => EnrolmentProgress.Percent(e.Done, PathOf(e).Modules);

    public async Task<IActionResult> OnGetAsync()
    {
        ContactId = User.ContactIdOf();
        var copy = await Wording.ForAsync(db, AccountId);
        var paths = await db.TrainingPaths.AsNoTracking()
            .Where(p => p.AccountId == null || p.AccountId == AccountId)
            .OrderBy(p => p.AccountId == null).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.Description, p.Texts, Modules = p.Modules.Count, Minutes = p.Modules.Sum(m => m.Minutes) })
            .ToListAsync();
        Paths = paths.Select(p => (p, Text: copy.Of(p.Texts, p.Title, p.Description)))
            .Select(x => new PathRow(x.p.Id, x.Text.Title, x.Text.Description, x.p.Modules, x.p.Minutes)).ToList();
        var visiblePaths = Paths.Select(p => p.Id).ToList();
        Enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.AccountId == AccountId && visiblePaths.Contains(e.PathId))
            .Select(e => new EnrolmentRow(e.Id, e.PathId, e.ContactId, e.Completions.Count, e.Completions.Count(c => c.UsedOn != null), e.CompletedAt))
            .ToListAsync();
        var hidden = (await db.TrainingPrivacy.AsNoTracking().Where(p => p.AccountId == AccountId && p.HideNameFromColleagues)
            .Select(p => p.ContactId).ToListAsync()).ToHashSet();
        HideMyName = ContactId is { } me && hidden.Contains(me);
        // Names of people who opted out never reach the page; they stay in the team's totals.
        People = (await db.Contacts.AsNoTracking()
            .Where(c => c.AccountId == AccountId && c.LeftAt == null)
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync())
            .Select(c => new PersonRow(c.Id, hidden.Contains(c.Id) && c.Id != ContactId ? null : c.Name))
            .OrderBy(p => p.Name is null).ToList();
        if (ContactId is { } contactId)
        {
            var progress = await LearnerProgress.OfAsync(db, AccountId, contactId, clock.GetUtcNow().UtcDateTime);
            Badges = progress.Badges;
            Streak = progress.Streak;
        }

        return Page();
    }

    /// <summary>The person's choice: show their name to colleagues in the team view, or not.</summary>
    public async Task<IActionResult> OnPostPrivacyAsync(bool hide)
    {
        if (User.ContactIdOf() is not { } contactId || !await db.Contacts.AnyAsync(c => c.Id == contactId && c.AccountId == AccountId))
        {
            return NotFound();
        }

        var row = await db.TrainingPrivacy.SingleOrDefaultAsync(p => p.ContactId == contactId);
        if (row is null)
        {
            db.TrainingPrivacy.Add(row = new TrainingPrivacy { ContactId = contactId, AccountId = AccountId });
        }

        row.HideNameFromColleagues = hide;
        await db.SaveChangesAsync();
        StatusMessage = hide ? localizer["Colleagues now see \"A colleague\" instead of your name."] : localizer["Colleagues now see your name beside your training."];
        return RedirectToPage();
    }
}
