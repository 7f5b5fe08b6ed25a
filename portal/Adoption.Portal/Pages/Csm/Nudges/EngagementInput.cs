using System.Text.RegularExpressions;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Pages.Csm.Nudges;

/// <summary>An engagement as the edit form shows it: four language blocks, up to six steps, typed targeting.</summary>
public sealed partial class EngagementInput
{
    public const int MaxSteps = 6;

    public string Name { get; set; } = "";
    public EngagementKind Kind { get; set; }
    public EngagementStatus Status { get; set; }
    public string Placement { get; set; } = "";
    public string? Anchor { get; set; }
    public int Priority { get; set; } = 50;
    public bool Critical { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public EngagementFrequency Frequency { get; set; }
    public int FrequencyDays { get; set; }
    public bool Dismissible { get; set; } = true;
    public int SnoozeDays { get; set; }
    public int HoldoutPercent { get; set; }
    public int? GoalFeatureId { get; set; }
    public int GoalWindowDays { get; set; } = 14;
    public List<EngagementContent> Content { get; set; } = [];
    public List<StepInput> Steps { get; set; } = [];
    public Targeting Targeting { get; set; } = new();
    public int Version { get; set; }

    /// <summary>The catalogue's feature keys, set by the page before validation; never bound from the form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyCollection<string> KnownFeatures { get; set; } = [];

    public sealed class StepInput
    {
        public string? Key { get; set; }
        public string? FeatureKey { get; set; }
        /// <summary>The track event that ticks the step off, instead of a key feature.</summary>
        public string? Event { get; set; }
        public Dictionary<string, string?> Label { get; set; } = [];
    }

    public static EngagementInput From(Engagement e) => new EngagementInput
    {
        Name = e.Name, Kind = e.Kind, Status = e.Status, Placement = e.Placement, Anchor = e.Anchor, Priority = e.Priority, Critical = e.Critical,
        StartsAt = e.StartsAt, EndsAt = e.EndsAt, Frequency = e.Frequency, FrequencyDays = e.FrequencyDays, Dismissible = e.Dismissible,
        SnoozeDays = e.SnoozeDays, HoldoutPercent = e.HoldoutPercent, GoalFeatureId = e.GoalFeatureId, GoalWindowDays = e.GoalWindowDays,
        Content = e.Content, Targeting = e.Targeting, Version = e.Version,
        Steps = e.Steps.Select(s => new StepInput { Key = s.Key, FeatureKey = s.FeatureKey, Event = s.Event, Label = s.Label.ToDictionary(l => l.Key, l => (string?)l.Value) }).ToList(),
    }.Padded();

    /// <summary>Blank rows for the form: every language, the step slots, two rules of each list kind.</summary>
    public EngagementInput Padded()
    {
        Content = Locales.Supported.Select(l => Content.FirstOrDefault(c => c.Locale == l) ?? new EngagementContent { Locale = l, Title = "" }).ToList();
        while (Steps.Count < MaxSteps)
        {
            Steps.Add(new StepInput());
        }

        while (Targeting.Features.Count < 2)
        {
            Targeting.Features.Add(new FeatureRule());
        }

        while (Targeting.Traits.Count < 2)
        {
            Targeting.Traits.Add(new TraitRule());
        }

        while (Targeting.Milestones.Count < 1)
        {
            Targeting.Milestones.Add(new MilestoneRule());
        }

        return this;
    }

    /// <summary>Drops the blank rows the form posts back, before validation.</summary>
    public void DropBlankRows()
    {
        Content = Content.Where(c => !string.IsNullOrWhiteSpace(c.Title)).ToList();
        Steps = Steps.Where(s => !string.IsNullOrWhiteSpace(s.Key)).ToList();
        Targeting.Features = Targeting.Features.Where(f => !string.IsNullOrWhiteSpace(f.FeatureKey)).ToList();
        Targeting.Traits = Targeting.Traits.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToList();
        Targeting.Milestones = Targeting.Milestones.Where(m => !string.IsNullOrWhiteSpace(m.Title)).ToList();
    }

    public void ApplyTo(Engagement e, DateTime now)
    {
        (e.Name, e.Kind, e.Status, e.Placement) = (Name.Trim(), Kind, Status, Placement.Trim());
        e.Anchor = Kind == EngagementKind.Tooltip ? Anchor?.Trim() : null;
        (e.Priority, e.Critical, e.StartsAt, e.EndsAt) = (Priority, Critical, Utc(StartsAt), Utc(EndsAt));
        (e.Frequency, e.FrequencyDays, e.Dismissible, e.SnoozeDays) = (Frequency, FrequencyDays, Dismissible, SnoozeDays);
        (e.HoldoutPercent, e.GoalFeatureId, e.GoalWindowDays) = (HoldoutPercent, GoalFeatureId, GoalWindowDays);
        e.Content = Content.Select(c => new EngagementContent
        {
            Locale = c.Locale, Title = c.Title.Trim(), Body = c.Body?.Trim() ?? "", CtaLabel = c.CtaLabel.TrimmedOrNull(), CtaUrl = c.CtaUrl.TrimmedOrNull(),
        }).ToList();
        e.Steps = Kind != EngagementKind.Checklist ? [] : Steps.Select(s => new ChecklistStep
        {
            Key = s.Key!.Trim(), FeatureKey = s.FeatureKey.TrimmedOrNull(), Event = s.Event.TrimmedOrNull(),
            Label = s.Label.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToDictionary(l => l.Key, l => l.Value!.Trim()),
        }).ToList();
        e.Targeting = Targeting;
        e.UpdatedAt = now;
    }

    // The form's datetime-local fields are read as UTC, which is how the page labels them.
    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    [GeneratedRegex("^[a-z0-9_-]{1,40}$")]
    private static partial Regex PlacementPattern();

    public sealed class Validator : AbstractValidator<EngagementInput>
    {
        public Validator(IStringLocalizer<EngagementInput> localizer, IStringLocalizer<TargetingValidator> targeting)
        {
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Name the nudge."]).MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Placement).Must(p => PlacementPattern().IsMatch(p ?? "")).WithMessage(_ => localizer["A placement is 1 to 40 of a-z, 0-9, - and _, like home."]);
            RuleFor(i => i.Anchor).NotEmpty().When(i => i.Kind == EngagementKind.Tooltip).WithMessage(_ => localizer["A tooltip points at a CSS selector, like #schedule-report."])
                .MaximumLength(300);
            RuleFor(i => i.Kind).NotEqual(EngagementKind.Survey).WithMessage(_ => localizer["Surveys are authored with NPS."]);
            RuleFor(i => i.Priority).InclusiveBetween(0, 100).WithMessage(_ => localizer["Use a priority from 0 to 100."]);
            RuleFor(i => i.FrequencyDays).InclusiveBetween(1, 365).When(i => i.Frequency == EngagementFrequency.EveryNDays).WithMessage(_ => localizer["Use 1 to 365 days."]);
            RuleFor(i => i.SnoozeDays).InclusiveBetween(0, 90).WithMessage(_ => localizer["Use 0 to 90 days."]);
            RuleFor(i => i.HoldoutPercent).InclusiveBetween(0, 50).WithMessage(_ => localizer["Hold out 0 to 50 percent."]);
            RuleFor(i => i.GoalWindowDays).InclusiveBetween(1, 180).WithMessage(_ => localizer["Use 1 to 180 days."]);
            RuleFor(i => i.EndsAt).GreaterThan(i => i.StartsAt).When(i => i.StartsAt is not null && i.EndsAt is not null).WithMessage(_ => localizer["The end comes after the start."]);
            RuleFor(i => i.Content).Must(c => c.Any(x => x.Locale == Locales.Default)).WithMessage(_ => localizer["Write at least the English title."]);
            RuleForEach(i => i.Content).ChildRules(c =>
            {
                c.RuleFor(x => x.Title).MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
                c.RuleFor(x => x.Body).MaximumLength(2000).WithMessage(_ => localizer["Keep the text under 2,000 characters."]);
                c.RuleFor(x => x.CtaUrl).NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.CtaLabel)).WithMessage(_ => localizer["A call to action needs a URL."]).MaximumLength(500);
            });
            RuleFor(i => i.Steps).NotEmpty().When(i => i.Kind == EngagementKind.Checklist).WithMessage(_ => localizer["A checklist needs at least one step."]);
            RuleForEach(i => i.Steps).ChildRules(s =>
            {
                s.RuleFor(x => x.Key).Must(k => PlacementPattern().IsMatch(k ?? "")).WithMessage(_ => localizer["A step key is 1 to 40 of a-z, 0-9, - and _."]);
                s.RuleFor(x => x.Label).Must(l => !string.IsNullOrWhiteSpace(l.GetValueOrDefault(Locales.Default))).WithMessage(_ => localizer["Give the step an English label."]);
                // A step ticks itself off by exactly one thing: a key feature used or an event tracked.
                s.RuleFor(x => x.Event).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.FeatureKey))
                    .WithMessage(_ => localizer["Choose the key feature or enter the event that ticks this step off."]);
                s.RuleFor(x => x.Event).Empty().When(x => !string.IsNullOrWhiteSpace(x.FeatureKey))
                    .WithMessage(_ => localizer["Choose a key feature or enter an event, not both."]);
                s.RuleFor(x => x.Event!.Trim()).MaximumLength(Ingestion.Parsing.MessageRules.MaxEventLength).OverridePropertyName(nameof(StepInput.Event))
                    .When(x => !string.IsNullOrWhiteSpace(x.Event)).WithMessage(_ => localizer["Keep the event name under 200 characters."]);
                s.RuleFor(x => x.Event!).Must(Ingestion.Parsing.MessageRules.IsWholeText)
                    .When(x => !string.IsNullOrWhiteSpace(x.Event)).WithMessage(_ => localizer["Enter the event name exactly as the product sends it."]);
            }).When(i => i.Kind == EngagementKind.Checklist);
            RuleForEach(i => i.Steps).Must((i, s) => string.IsNullOrWhiteSpace(s.FeatureKey) || i.KnownFeatures.Contains(s.FeatureKey.Trim()))
                .When(i => i.Kind == EngagementKind.Checklist).WithMessage(_ => localizer["Choose a key feature."]);
            RuleFor(i => i.Targeting).SetValidator(i => new TargetingValidator(targeting, i.KnownFeatures));
        }
    }
}
