namespace Adoption.Portal.Pages.Csm.Risks;

/// <summary>
/// One risk: its owner, status (open, mitigating, closed), due date and the key feature it concerns,
/// internal notes, and the history of every change. Vendor-only, like every risk.
/// </summary>
public sealed class EditModel(AdoptionDb db, TimeProvider clock, IValidator<EditModel.InputModel> validator, IValidator<EditModel.NoteInput> noteValidator, IStringLocalizer<EditModel> localizer)
    : CsmPageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public NoteInput Note { get; set; } = new();

    public Risk Risk { get; private set; } = null!;
    public string AccountName { get; private set; } = "";
    public IReadOnlyList<RiskEvent> History { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Staff { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<int, string> Features { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new InputModel { Status = Risk.Status, OwnerUserId = Risk.OwnerUserId, DueDate = Risk.DueDate, KeyFeatureId = Risk.KeyFeatureId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        ExplainUnparsed();
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        if (Input.OwnerUserId is { } owner && !Staff.ContainsKey(owner))
        {
            ModelState.AddModelError("Input.OwnerUserId", localizer["Choose an owner from the team."]);
        }

        if (Input.KeyFeatureId is { } f && !Features.ContainsKey(f))
        {
            ModelState.AddModelError("Input.KeyFeatureId", localizer["Choose a key feature from the catalogue."]);
        }

        if (Input.KeyFeatureId is null && Risk.Category == RiskCategory.Product)
        {
            ModelState.AddModelError("Input.KeyFeatureId", localizer["A product risk names the key feature it concerns."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = User.DisplayNameOf();
        void Changed(RiskEventKind kind, string text) => db.RiskEvents.Add(new RiskEvent { RiskId = Risk.Id, Kind = kind, Text = text, ByName = by, At = now });
        string NameOf(string? user) => user is not null && Staff.TryGetValue(user, out var name) ? name : "—";
        string FeatureOf(int? feature) => feature is { } x && Features.TryGetValue(x, out var name) ? name : "—";

        if (Input.Status != Risk.Status)
        {
            Changed(RiskEventKind.StatusChanged, $"{Risk.Status} → {Input.Status}");
            Risk.ResolvedAt = Input.Status == RiskStatus.Closed ? now : null;
            Risk.Mitigating = Input.Status == RiskStatus.Mitigating;
        }

        if (Input.OwnerUserId != Risk.OwnerUserId)
        {
            Changed(RiskEventKind.OwnerChanged, $"{NameOf(Risk.OwnerUserId)} → {NameOf(Input.OwnerUserId)}");
            Risk.OwnerUserId = Input.OwnerUserId;
        }

        if (Input.DueDate != Risk.DueDate)
        {
            Changed(RiskEventKind.DueDateChanged, $"{Risk.DueDate?.ToString("yyyy-MM-dd") ?? "—"} → {Input.DueDate?.ToString("yyyy-MM-dd") ?? "—"}");
            Risk.DueDate = Input.DueDate;
        }

        if (Input.KeyFeatureId != Risk.KeyFeatureId)
        {
            Changed(RiskEventKind.FeatureChanged, $"{FeatureOf(Risk.KeyFeatureId)} → {FeatureOf(Input.KeyFeatureId)}");
            Risk.KeyFeatureId = Input.KeyFeatureId;
        }

        await db.SaveChangesAsync();
        return Saved("/Csm/Risks/Edit", new { id }, localizer["Saved."]);
    }

    /// <summary>An internal note: part of the history, never shown to the customer.</summary>
    public async Task<IActionResult> OnPostNoteAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await noteValidator.ValidateAsync(Note);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Note));
            Input = new InputModel { Status = Risk.Status, OwnerUserId = Risk.OwnerUserId, DueDate = Risk.DueDate, KeyFeatureId = Risk.KeyFeatureId };
            return Page();
        }

        db.RiskEvents.Add(new RiskEvent { RiskId = id, Kind = RiskEventKind.Note, Text = Note.Text.Trim(), ByName = User.DisplayNameOf(), At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        return Saved("/Csm/Risks/Edit", new { id }, localizer["Note added."]);
    }

    /// <summary>
    /// A value that did not parse (a date typed by hand, a status no form offers) gets the page's own
    /// message instead of the framework's English-only one naming the property.
    /// </summary>
    private void ExplainUnparsed()
    {
        foreach (var (key, message) in new[]
        {
            ("Input.Status", localizer["Choose open, mitigating or closed."].Value),
            ("Input.DueDate", localizer["Enter the due date as a date, like 2026-12-31."].Value),
        })
        {
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
                entry.Errors.Add(message);
            }
        }
    }

    private async Task<bool> LoadAsync(int id)
    {
        var risk = await db.Risks.SingleOrDefaultAsync(r => r.Id == id);
        if (risk is null)
        {
            return false;
        }

        Risk = risk;
        AccountName = await db.Accounts.Where(a => a.Id == risk.AccountId).Select(a => a.Name).SingleAsync();
        History = await db.RiskEvents.AsNoTracking().Where(e => e.RiskId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync();
        Staff = await CsmPeople.NamesAsync(db);
        Features = await db.KeyFeatures.AsNoTracking().OrderBy(f => f.Order).ToDictionaryAsync(f => f.Id, f => f.Name);
        return true;
    }

    public sealed class InputModel
    {
        public RiskStatus Status { get; set; }
        public string? OwnerUserId { get; set; }
        public DateOnly? DueDate { get; set; }
        public int? KeyFeatureId { get; set; }
    }

    public sealed class NoteInput
    {
        public string Text { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<EditModel> localizer) =>
            RuleFor(i => i.Status).IsInEnum().WithMessage(_ => localizer["Choose open, mitigating or closed."]);
    }

    public sealed class NoteValidator : AbstractValidator<NoteInput>
    {
        public NoteValidator(IStringLocalizer<EditModel> localizer) =>
            RuleFor(i => i.Text).NotEmpty().WithMessage(_ => localizer["Write the note."])
                .MaximumLength(4000).WithMessage(_ => localizer["Keep the note under 4,000 characters."]);
    }
}
