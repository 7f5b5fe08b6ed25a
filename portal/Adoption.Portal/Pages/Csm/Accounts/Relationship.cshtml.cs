namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>The vendor's own record of an account: internal notes and logged outreach. Customers never see either.</summary>
public sealed class RelationshipModel(
    AdoptionDb db, TimeProvider clock, IValidator<RelationshipModel.NoteInput> noteValidator,
    IValidator<RelationshipModel.TouchpointInput> touchpointValidator, IStringLocalizer<RelationshipModel> localizer) : CsmPageModel
{
    [BindProperty] public NoteInput Note { get; set; } = new();
    [BindProperty] public TouchpointInput Touchpoint { get; set; } = new();

    public Account Account { get; private set; } = null!;
    public IReadOnlyList<CsmNote> Notes { get; private set; } = [];
    public IReadOnlyList<Touchpoint> Touchpoints { get; private set; } = [];
    public IReadOnlyDictionary<string, string> CsmNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Touchpoint.OccurredOn = TodayFrom(clock);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostNoteAsync(int id)
    {
        return await AddToAccountAsync(db, id, noteValidator, Note, nameof(Note),
            () =>
            {
                Touchpoint.OccurredOn = TodayFrom(clock);
                return LoadAsync(id);
            },
            () => db.CsmNotes.Add(new CsmNote { AccountId = id, AuthorUserId = UserId, Body = Note.Body.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime }),
            () => new Saving("/Csm/Accounts/Relationship", new { id }, localizer["Note added."]));
    }

    public async Task<IActionResult> OnPostTouchpointAsync(int id)
    {
        return await AddToAccountAsync(db, id, touchpointValidator, Touchpoint, nameof(Touchpoint), () => LoadAsync(id),
            () =>
            {
                // A touchpoint logged for today is stamped now; an earlier one at midday of its day.
                var now = clock.GetUtcNow().UtcDateTime;
                var occurredAt = Touchpoint.OccurredOn == DateOnly.FromDateTime(now) ? now : Touchpoint.OccurredOn!.Value.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
                db.Touchpoints.Add(new Touchpoint { AccountId = id, Kind = Touchpoint.Kind, Summary = Touchpoint.Summary.Trim(), UserId = UserId, OccurredAt = occurredAt });
            },
            () => new Saving("/Csm/Accounts/Relationship", new { id }, localizer["Outreach logged."]));
    }

    private async Task<bool> LoadAsync(int id)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Notes = await db.CsmNotes.AsNoTracking().Where(n => n.AccountId == id).OrderByDescending(n => n.CreatedAt).ToListAsync();
        Touchpoints = await db.Touchpoints.AsNoTracking().Where(t => t.AccountId == id).OrderByDescending(t => t.OccurredAt).ToListAsync();
        CsmNames = await CsmPeople.NamesAsync(db);
        return true;
    }

    public sealed class NoteInput
    {
        public string Body { get; set; } = "";
    }

    public sealed class TouchpointInput
    {
        public TouchpointKind Kind { get; set; }
        public DateOnly? OccurredOn { get; set; }
        public string Summary { get; set; } = "";
    }

    public sealed class NoteValidator : AbstractValidator<NoteInput>
    {
        public NoteValidator(IStringLocalizer<RelationshipModel> localizer) =>
            RuleFor(i => i.Body).NotEmpty().WithMessage(_ => localizer["Write the note."])
                .MaximumLength(4000).WithMessage(_ => localizer["Keep the note under 4,000 characters."]);
    }

    public sealed class TouchpointValidator : AbstractValidator<TouchpointInput>
    {
        public TouchpointValidator(IStringLocalizer<RelationshipModel> localizer, TimeProvider clock)
        {
            RuleFor(i => i.Kind).IsInEnum().WithMessage(_ => localizer["Choose what kind of outreach it was."]);
            RuleFor(i => i.OccurredOn).NotNull().WithMessage(_ => localizer["Enter the date of the outreach."])
                .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage(_ => localizer["Outreach cannot be logged in the future."]);
            RuleFor(i => i.Summary).NotEmpty().WithMessage(_ => localizer["Summarise the outreach."])
                .MaximumLength(400).WithMessage(_ => localizer["Keep the summary under 400 characters."]);
        }
    }
}
