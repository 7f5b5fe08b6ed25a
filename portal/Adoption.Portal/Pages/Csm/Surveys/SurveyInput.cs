using System.Text.RegularExpressions;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;

namespace Adoption.Portal.Pages.Csm.Surveys;

/// <summary>An NPS survey as its edit form shows it: the question in four languages, the follow-ups, the rules, the audience.</summary>
public sealed partial class SurveyInput
{
    public string Name { get; set; } = "";
    public EngagementStatus Status { get; set; }
    public string Placement { get; set; } = "home";
    public int Priority { get; set; } = 40;
    public int FrequencyDays { get; set; } = 3;
    public List<QuestionInput> Questions { get; set; } = [];
    public SurveySettings Settings { get; set; } = new();
    public List<Segment> Segments { get; set; } = [];
    public List<LifecycleStage> Stages { get; set; } = [];
    public List<ContactRole> Roles { get; set; } = [];
    public List<int> Accounts { get; set; } = [];
    public int Version { get; set; }

    /// <summary>One language: the question, its intro and the three follow-ups.</summary>
    public sealed class QuestionInput
    {
        public string Locale { get; set; } = Domain.Accounts.Locales.Default;
        public string? Question { get; set; }
        public string? Intro { get; set; }
        public string? Promoter { get; set; }
        public string? Passive { get; set; }
        public string? Detractor { get; set; }
    }

    public static SurveyInput From(Engagement e)
    {
        var settings = e.Survey ?? new SurveySettings();
        return new SurveyInput
        {
            Name = e.Name, Status = e.Status, Placement = e.Placement, Priority = e.Priority, FrequencyDays = Math.Max(1, e.FrequencyDays),
            Settings = settings, Segments = e.Targeting.Segments, Stages = e.Targeting.Stages, Roles = e.Targeting.Roles, Accounts = e.Targeting.Accounts,
            Version = e.Version,
            Questions = Domain.Accounts.Locales.Supported.Select(l =>
            {
                var content = e.Content.FirstOrDefault(c => c.Locale == l);
                var follow = settings.FollowUps.FirstOrDefault(f => f.Locale == l);
                return new QuestionInput
                {
                    Locale = l, Question = content?.Title, Intro = content?.Body, Promoter = follow?.Promoter, Passive = follow?.Passive, Detractor = follow?.Detractor,
                };
            }).ToList(),
        };
    }

    public void ApplyTo(Engagement e, DateTime now)
    {
        (e.Name, e.Kind, e.Status, e.Placement, e.Priority) = (Name.Trim(), EngagementKind.Survey, Status, Placement.Trim(), Priority);
        (e.Frequency, e.FrequencyDays, e.Dismissible, e.HoldoutPercent) = (EngagementFrequency.EveryNDays, FrequencyDays, true, 0);
        // "Ask me later" is the engine's snooze: the same days, counted per period by the survey rules.
        e.SnoozeDays = Settings.AskLaterDays;
        var written = Questions.Where(q => !string.IsNullOrWhiteSpace(q.Question)).ToList();
        e.Content = written.Select(q => new EngagementContent { Locale = q.Locale, Title = q.Question!.Trim(), Body = q.Intro?.Trim() ?? "" }).ToList();
        Settings.FollowUps = Questions
            .Where(q => !string.IsNullOrWhiteSpace(q.Promoter) || !string.IsNullOrWhiteSpace(q.Passive) || !string.IsNullOrWhiteSpace(q.Detractor))
            .Select(q => new SurveyFollowUp { Locale = q.Locale, Promoter = q.Promoter?.Trim() ?? "", Passive = q.Passive?.Trim() ?? "", Detractor = q.Detractor?.Trim() ?? "" })
            .ToList();
        e.Survey = Settings;
        e.Targeting = new Targeting { Segments = Segments, Stages = Stages, Roles = Roles, Accounts = Accounts };
        e.UpdatedAt = now;
    }

    [GeneratedRegex("^[a-z0-9_-]{1,40}$")]
    private static partial Regex PlacementPattern();

    public sealed class Validator : AbstractValidator<SurveyInput>
    {
        public Validator(IStringLocalizer<SurveyInput> localizer)
        {
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Name the survey."]).MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Placement).Must(p => PlacementPattern().IsMatch(p ?? "")).WithMessage(_ => localizer["A placement is 1 to 40 of a-z, 0-9, - and _, like home."]);
            RuleFor(i => i.Priority).InclusiveBetween(0, 100).WithMessage(_ => localizer["Use a priority from 0 to 100."]);
            RuleFor(i => i.FrequencyDays).InclusiveBetween(1, 90).WithMessage(_ => localizer["Use 1 to 90 days."]);
            RuleFor(i => i.Questions).Must(q => q.Any(x => x.Locale == Domain.Accounts.Locales.Default && !string.IsNullOrWhiteSpace(x.Question)))
                .WithMessage(_ => localizer["Write at least the English question."]);
            RuleForEach(i => i.Questions).ChildRules(q =>
            {
                q.RuleFor(x => x.Question).MaximumLength(200).WithMessage(_ => localizer["Keep the question under 200 characters."]);
                q.RuleFor(x => x.Intro).MaximumLength(500).WithMessage(_ => localizer["Keep the text under 500 characters."]);
                q.RuleFor(x => x.Promoter).MaximumLength(200).WithMessage(_ => localizer["Keep the question under 200 characters."]);
                q.RuleFor(x => x.Passive).MaximumLength(200).WithMessage(_ => localizer["Keep the question under 200 characters."]);
                q.RuleFor(x => x.Detractor).MaximumLength(200).WithMessage(_ => localizer["Keep the question under 200 characters."]);
                q.RuleFor(x => x.Locale).Must(l => Domain.Accounts.Locales.Supported.Contains(l)).WithMessage(_ => localizer["Choose a language."]);
            });
            RuleFor(i => i.Settings.SamplePercent).InclusiveBetween(1, 100).WithMessage(_ => localizer["Ask 1 to 100 percent."]);
            RuleFor(i => i.Settings.MinDaysSinceFirstSeen).InclusiveBetween(0, 365).WithMessage(_ => localizer["Use 0 to 365 days."]);
            RuleFor(i => i.Settings.MinActiveDays).InclusiveBetween(0, 30).WithMessage(_ => localizer["Use 0 to 30 days."]);
            RuleFor(i => i.Settings.ResurveyDays).InclusiveBetween(0, 730).WithMessage(_ => localizer["Use 0 to 730 days."]);
            RuleFor(i => i.Settings.PeriodMonths).Must(m => m is 1 or 2 or 3 or 4 or 6 or 12).WithMessage(_ => localizer["A period is 1, 2, 3, 4, 6 or 12 months."]);
            RuleFor(i => i.Settings.AskLaterDays).InclusiveBetween(1, 90).WithMessage(_ => localizer["Use 1 to 90 days."]);
            RuleFor(i => i.Settings.AskLaterMax).InclusiveBetween(0, 10).WithMessage(_ => localizer["Use 0 to 10 times."]);
            RuleFor(i => i.Settings.EmailAfterDays).InclusiveBetween(0, 90).WithMessage(_ => localizer["Use 0 to 90 days (0: no email)."]);
        }
    }
}
