using System.Security.Claims;
using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Plans;

/// <summary>An outcome metric: where the customer started, where they aim to be, where they are;
/// "where they are" is typed in or bound to an adoption figure that keeps it current.</summary>
public sealed class MetricInput
{
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public decimal? Current { get; set; }
    public MetricSource Source { get; set; }
    public int? FeatureId { get; set; }
    public int Version { get; set; }
    /// <summary>The name and unit in the other languages.</summary>
    public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();

    public static MetricInput From(OutcomeMetric m) => new()
    {
        Name = m.Name, Unit = m.Unit, Baseline = m.Baseline, Target = m.Target, Current = m.Current, Source = m.Source, FeatureId = m.FeatureId, Version = m.Version,
        Texts = TranslationInput.From(m.Texts),
    };

    /// <param name="editor">Who is saving: a hand-entered current value shows their name and the day.</param>
    public void ApplyTo(OutcomeMetric m, DateTime now, string? editor = null)
    {
        m.Texts = TranslationInput.ToMetricTexts(Texts);
        var current = Current ?? Baseline!.Value;
        var entered = Source == MetricSource.Manual && (m.Id == 0 || m.Source != MetricSource.Manual || m.Current != current);
        m.Name = Name.Trim();
        m.Unit = Unit.TrimmedOrNull();
        m.Baseline = Baseline!.Value;
        m.Target = Target!.Value;
        m.Current = current;
        m.Source = Source;
        m.FeatureId = Source == MetricSource.FeatureUsers ? FeatureId : null;
        m.UpdatedAt = now;
        if (entered)
        {
            m.UpdatedBy = editor;
        }
        else if (Source != MetricSource.Manual)
        {
            m.UpdatedBy = null;
        }
    }

    /// <summary>The signed-in person's name as shown beside what they entered.</summary>
    public static string? EditorName(ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.DisplayName) ?? user.Identity?.Name;

    /// <summary>A field message when the metric counts the users of a feature that is not in the catalogue.</summary>
    public string? UnknownFeature(IReadOnlyList<(int Id, string Name)> features, IStringLocalizer localizer) =>
        Source == MetricSource.FeatureUsers && FeatureId is { } id && features.All(f => f.Id != id)
            ? localizer["Choose the key feature whose users the metric counts."].Value : null;

    /// <summary>The key features a metric can count users of, for the form's list.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> FeatureChoicesAsync(AdoptionDb db) =>
        (await db.KeyFeatures.AsNoTracking().OrderBy(f => f.Order).Select(f => new { f.Id, f.Name }).ToListAsync()).Select(f => (f.Id, f.Name)).ToList();

    public sealed class Validator : AbstractValidator<MetricInput>
    {
        private const decimal Largest = 9_999_999_999_999_999m;

        public Validator(IStringLocalizer<MetricInput> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 50));
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Name the metric."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Unit).MaximumLength(50).WithMessage(_ => localizer["Keep the unit under 50 characters."]);
            RuleFor(i => i.Baseline).NotNull().WithMessage(_ => localizer["Enter the baseline."])
                .InclusiveBetween(-Largest, Largest).WithMessage(_ => localizer["That number is too large."]);
            RuleFor(i => i.Target).NotNull().WithMessage(_ => localizer["Enter the target."])
                .InclusiveBetween(-Largest, Largest).WithMessage(_ => localizer["That number is too large."]);
            RuleFor(i => i.Current).InclusiveBetween(-Largest, Largest).WithMessage(_ => localizer["That number is too large."]);
            RuleFor(i => i.Source).IsInEnum().WithMessage(_ => localizer["Choose where the current value comes from."]);
            RuleFor(i => i.FeatureId).NotNull().WithMessage(_ => localizer["Choose the key feature whose users the metric counts."])
                .When(i => i.Source == MetricSource.FeatureUsers);
        }
    }
}
