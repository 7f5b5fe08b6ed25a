using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;
using Adoption.Portal.Nps;

namespace Adoption.Portal.Pages.Csm.Nps;

/// <summary>
/// NPS outcomes: the score per account, per segment and over time, each with its n; the response rate of the
/// surveys; the verbatims, filterable; and "what we changed" notes written against chosen answers.
/// </summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, ChangeNotes notes, IStringLocalizer<IndexModel> localizer) : CsmPageModel
{
    public sealed record Answer(int Id, int AccountId, string Account, Segment Segment, string? Person, int Score, string? Comment, DateTime RespondedAt, NpsChannel Channel, bool MayContact);

    public sealed record Row(string Label, NpsScore Score, int? AccountId = null);

    [BindProperty(SupportsGet = true)] public int? Survey { get; set; }
    [BindProperty(SupportsGet = true)] public Segment? Segment { get; set; }
    [BindProperty(SupportsGet = true)] public int Months { get; set; } = 12;
    [BindProperty(SupportsGet = true)] public NpsCategory? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty] public string? NoteTitle { get; set; }
    [BindProperty] public string? NoteBody { get; set; }
    [BindProperty] public List<int> NoteAnswers { get; set; } = [];

    public IReadOnlyList<(int Id, string Name)> Surveys { get; private set; } = [];
    public NpsScore? Overall { get; private set; }
    public IReadOnlyList<Row> ByAccount { get; private set; } = [];
    public IReadOnlyList<Row> BySegment { get; private set; } = [];
    public IReadOnlyList<Row> OverTime { get; private set; } = [];
    public IReadOnlyList<Answer> Verbatims { get; private set; } = [];
    public int Asked { get; private set; }
    public int Answered { get; private set; }
    public IReadOnlyDictionary<ReferenceStatus, int> References { get; private set; } = new Dictionary<ReferenceStatus, int>();

    public async Task OnGetAsync()
    {
        Months = Months is >= 1 and <= 36 ? Months : 12;
        var now = clock.GetUtcNow().UtcDateTime;
        var since = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1 - Months);
        Surveys = (await db.Engagements.AsNoTracking().Where(e => e.Kind == EngagementKind.Survey).OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync())
            .Select(e => (e.Id, e.Name)).ToList();

        var query = db.NpsResponses.AsNoTracking().Where(n => n.RespondedAt >= since);
        if (Survey is { } survey)
        {
            query = query.Where(n => n.EngagementId == survey);
        }

        var answers = await query
            .Join(db.Accounts, n => n.AccountId, a => a.Id, (n, a) => new { n, a })
            .Where(x => Segment == null || x.a.Segment == Segment)
            .Select(x => new Answer(x.n.Id, x.a.Id, x.a.Name, x.a.Segment, db.Contacts.Where(c => c.Id == x.n.ContactId).Select(c => c.Name).FirstOrDefault(),
                x.n.Score, x.n.Comment, x.n.RespondedAt, x.n.Channel, x.n.MayContact))
            .ToListAsync();
        answers = [.. answers.OrderByDescending(a => a.RespondedAt)];

        Overall = NpsMath.Score(answers.Select(a => a.Score));
        ByAccount = answers.GroupBy(a => (a.AccountId, a.Account))
            .Select(g => new Row(g.Key.Account, NpsMath.Score(g.Select(a => a.Score))!, g.Key.AccountId))
            .OrderBy(r => r.Score.Value).ThenBy(r => r.Label, StringComparer.CurrentCulture).ToList();
        BySegment = answers.GroupBy(a => a.Segment).OrderBy(g => g.Key)
            .Select(g => new Row(g.Key.ToString(), NpsMath.Score(g.Select(a => a.Score))!)).ToList();
        // Quarters, oldest first, every quarter of the window shown even when nobody answered (n = 0 is honest too).
        var quarters = new List<Row>();
        for (var start = NpsPeriod.Start(since, 3); start <= now; start = start.AddMonths(3))
        {
            var end = start.AddMonths(3);
            var inQuarter = answers.Where(a => a.RespondedAt >= start && a.RespondedAt < end).Select(a => a.Score).ToList();
            quarters.Add(new Row($"{start.Year} Q{((start.Month - 1) / 3) + 1}", NpsMath.Score(inQuarter) ?? new NpsScore(0, 0, 0, 0)));
        }

        OverTime = quarters;

        Verbatims = answers.Where(a => a.Comment != null)
            .Where(a => Category == null || NpsMath.Category(a.Score) == Category)
            .Where(a => string.IsNullOrWhiteSpace(Q) || a.Comment!.Contains(Q.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .ToList();

        // Response rate of the engine's surveys: people shown one (or sent it by email) in the window, and their answers.
        List<int> surveyIds = Survey is { } only ? [only] : [.. Surveys.Select(s => s.Id)];
        var shown = await db.EngagementStates.AsNoTracking()
            .Where(s => EF.Parameter(surveyIds).Contains(s.EngagementId) && s.FirstSeenAt >= since)
            .Join(db.Accounts, s => s.AccountId, a => a.Id, (s, a) => new { s.EngagementId, s.UserId, a.Segment })
            .Where(x => Segment == null || x.Segment == Segment)
            .Select(x => x.EngagementId + ":" + x.UserId).ToListAsync();
        var emailed = await db.ProgramSends.AsNoTracking().Where(p => p.Program == NpsEmailProgram.Name && p.CreatedAt >= since)
            .Join(db.Accounts, p => p.AccountId, a => a.Id, (p, a) => new { p.ContactId, p.Period, a.Segment })
            .Where(x => Segment == null || x.Segment == Segment)
            .CountAsync();
        Asked = shown.Count + emailed;
        Answered = surveyIds.Count == 0 ? 0
            : await query.Where(n => n.EngagementId != null && EF.Parameter(surveyIds).Contains(n.EngagementId.Value))
                .Join(db.Accounts, n => n.AccountId, a => a.Id, (n, a) => a.Segment).CountAsync(s => Segment == null || s == Segment);
        References = await db.ReferenceInvitations.AsNoTracking().Where(r => r.InvitedAt >= since)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }

    /// <summary>"What we changed": a note linked to the answers ticked in the verbatims.</summary>
    public async Task<IActionResult> OnPostNoteAsync()
    {
        var title = NoteTitle?.Trim() ?? "";
        var body = NoteBody?.Trim() ?? "";
        if (title.Length is 0 or > 200)
        {
            ModelState.AddModelError(nameof(NoteTitle), localizer["Give the note a title (up to 200 characters)."]);
        }

        if (body.Length is 0 or > 4000)
        {
            ModelState.AddModelError(nameof(NoteBody), localizer["Say what changed (up to 4,000 characters)."]);
        }

        if (NoteAnswers.Count == 0)
        {
            ModelState.AddModelError(nameof(NoteAnswers), localizer["Tick the answers this note responds to."]);
        }

        if (ModelState.IsValid)
        {
            var emailed = await notes.AddAsync(title, body, NoteAnswers, User.Identity?.Name, HttpContext.RequestAborted);
            if (emailed is not null)
            {
                return Saved(Request.Path + Request.QueryString, localizer["Note saved; the customers of those answers see it in their portal, and {0} who agreed to be contacted are sent it by email.", emailed.Value]);
            }

            ModelState.AddModelError(nameof(NoteAnswers), localizer["Tick the answers this note responds to."]);
        }

        await OnGetAsync();
        return Page();
    }
}
