using Adoption.Portal.Health;
using Microsoft.AspNetCore.Authorization;

namespace Adoption.Portal.Pages.Csm.HealthSettings;

/// <summary>
/// CS operations tune how health is judged: the default profile and, optionally, one per lifecycle
/// stage. Every save is a new revision, so the history of the rules stays readable.
/// </summary>
[Authorize(Policy = Policies.CsOps)]
public sealed class IndexModel(AdoptionDb db, HealthHistory history, TimeProvider clock, IValidator<IndexModel.InputModel> validator, IStringLocalizer<IndexModel> localizer) : CsmPageModel
{
    /// <summary>Null for the default profile.</summary>
    [BindProperty(SupportsGet = true)]
    public LifecycleStage? Stage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<HealthProfile> Revisions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadRevisionsAsync();
        var current = Revisions.Count > 0 ? Revisions[0] : null;
        // A stage without a profile of its own starts from the default's figures.
        var start = current ?? (await HealthProfileSet.LoadAsync(db)).Default;
        // Opening a stage means wanting it judged on its own, so the box starts ticked.
        Input = InputModel.From(start, current?.Revision ?? 0, current?.Active ?? true);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        if (!ModelState.IsValid || !validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            await LoadRevisionsAsync();
            return Page();
        }

        await LoadRevisionsAsync();
        var latest = Revisions.Count > 0 ? Revisions[0].Revision : 0;
        if (latest != Input.Revision)
        {
            ModelState.AddModelError(string.Empty, localizer["Someone saved this profile after you opened it; their revision is shown below. Reload and make your change again."]);
            return Page();
        }

        db.HealthProfiles.Add(Input.ToProfile(Stage, latest + 1, clock.GetUtcNow().UtcDateTime, User.Identity?.Name));
        await db.SaveChangesAsync();
        // New rules change every score they apply to: today's history point follows at once.
        await history.RecordAllAsync(TodayFrom(clock));
        return Saved("/Csm/HealthSettings/Index", new { stage = Stage }, localizer["Saved revision {0}. Health is judged by it from now on.", latest + 1]);
    }

    private async Task LoadRevisionsAsync() =>
        Revisions = await db.HealthProfiles.AsNoTracking().Where(p => p.Stage == Stage).OrderByDescending(p => p.Revision).Take(20).ToListAsync();

    public sealed class InputModel
    {
        /// <summary>The revision the form showed; a save on top of a newer one is refused.</summary>
        public int Revision { get; set; }
        public bool Active { get; set; } = true;
        public int AdoptionWeight { get; set; }
        public int SeatsWeight { get; set; }
        public int EngagementWeight { get; set; }
        public int NpsWeight { get; set; }
        public int SupportWeight { get; set; }
        public int SentimentWeight { get; set; }
        public int PlanWeight { get; set; }
        public int GreenFrom { get; set; }
        public int YellowFrom { get; set; }
        public int SeatTargetPercent { get; set; }
        public int OpenTicketPenalty { get; set; }
        public int UrgentTicketPenalty { get; set; }
        public int NewTicketsInPeriod { get; set; }
        public int TicketPeriodDays { get; set; }
        public int OpenTicketsAtOnce { get; set; }
        public int UrgentTicketsAtOnce { get; set; }
        public int TicketWaitDays { get; set; }

        /// <summary>Not posted: what the weights add up to, so the sum has a field to explain itself on.</summary>
        public int TotalWeight => AdoptionWeight + SeatsWeight + EngagementWeight + NpsWeight + SupportWeight + SentimentWeight + PlanWeight;

        public static InputModel From(HealthProfile p, int revision, bool active) => new()
        {
            Revision = revision, Active = active,
            AdoptionWeight = p.AdoptionWeight, SeatsWeight = p.SeatsWeight, EngagementWeight = p.EngagementWeight, NpsWeight = p.NpsWeight,
            SupportWeight = p.SupportWeight, SentimentWeight = p.SentimentWeight, PlanWeight = p.PlanWeight,
            GreenFrom = p.GreenFrom, YellowFrom = p.YellowFrom, SeatTargetPercent = p.SeatTargetPercent,
            OpenTicketPenalty = p.OpenTicketPenalty, UrgentTicketPenalty = p.UrgentTicketPenalty,
            NewTicketsInPeriod = p.NewTicketsInPeriod, TicketPeriodDays = p.TicketPeriodDays, OpenTicketsAtOnce = p.OpenTicketsAtOnce,
            UrgentTicketsAtOnce = p.UrgentTicketsAtOnce, TicketWaitDays = p.TicketWaitDays,
        };

        public HealthProfile ToProfile(LifecycleStage? stage, int revision, DateTime now, string? by) => new()
        {
            Stage = stage, Revision = revision, Active = stage is null || Active,
            AdoptionWeight = AdoptionWeight, SeatsWeight = SeatsWeight, EngagementWeight = EngagementWeight, NpsWeight = NpsWeight,
            SupportWeight = SupportWeight, SentimentWeight = SentimentWeight, PlanWeight = PlanWeight,
            GreenFrom = GreenFrom, YellowFrom = YellowFrom, SeatTargetPercent = SeatTargetPercent,
            OpenTicketPenalty = OpenTicketPenalty, UrgentTicketPenalty = UrgentTicketPenalty,
            NewTicketsInPeriod = NewTicketsInPeriod, TicketPeriodDays = TicketPeriodDays, OpenTicketsAtOnce = OpenTicketsAtOnce,
            UrgentTicketsAtOnce = UrgentTicketsAtOnce, TicketWaitDays = TicketWaitDays,
            CreatedAt = now, CreatedBy = by,
        };
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<IndexModel> localizer)
        {
            foreach (var weight in new System.Linq.Expressions.Expression<Func<InputModel, int>>[]
                { i => i.AdoptionWeight, i => i.SeatsWeight, i => i.EngagementWeight, i => i.NpsWeight, i => i.SupportWeight, i => i.SentimentWeight, i => i.PlanWeight })
            {
                RuleFor(weight).InclusiveBetween(0, 100).WithMessage(_ => localizer["Enter a weight from 0 to 100."]);
            }

            RuleFor(i => i.TotalWeight).Equal(100).WithMessage(i => localizer["The weights add up to {0}; make them add up to 100.", i.TotalWeight]);
            RuleFor(i => i.GreenFrom).InclusiveBetween(1, 100).WithMessage(_ => localizer["Enter a score from 1 to 100."]);
            RuleFor(i => i.YellowFrom).InclusiveBetween(0, 99).WithMessage(_ => localizer["Enter a score from 0 to 99."])
                .LessThan(i => i.GreenFrom).WithMessage(_ => localizer["Yellow must start below green."]);
            RuleFor(i => i.SeatTargetPercent).InclusiveBetween(1, 100).WithMessage(_ => localizer["Enter a share from 1 to 100%."]);
            RuleFor(i => i.OpenTicketPenalty).InclusiveBetween(0, 100).WithMessage(_ => localizer["Enter points from 0 to 100."]);
            RuleFor(i => i.UrgentTicketPenalty).InclusiveBetween(0, 100).WithMessage(_ => localizer["Enter points from 0 to 100."]);
            RuleFor(i => i.NewTicketsInPeriod).InclusiveBetween(1, 1000).WithMessage(_ => localizer["Enter a number of tickets from 1 to 1,000."]);
            RuleFor(i => i.TicketPeriodDays).InclusiveBetween(1, 365).WithMessage(_ => localizer["Enter a number of days from 1 to 365."]);
            RuleFor(i => i.OpenTicketsAtOnce).InclusiveBetween(1, 1000).WithMessage(_ => localizer["Enter a number of tickets from 1 to 1,000."]);
            RuleFor(i => i.UrgentTicketsAtOnce).InclusiveBetween(1, 1000).WithMessage(_ => localizer["Enter a number of tickets from 1 to 1,000."]);
            RuleFor(i => i.TicketWaitDays).InclusiveBetween(1, 365).WithMessage(_ => localizer["Enter a number of days from 1 to 365."]);
        }
    }
}
