using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Templates;

/// <summary>An objective of a plan template, with the metric every plan made from it will track.</summary>
public sealed class TemplateObjectiveInput
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? MetricName { get; set; }
    public string? MetricUnit { get; set; }
    public int Order { get; set; }
    /// <summary>The text in the other languages.</summary>
    public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();
    /// <summary>The metric's name and unit in the other languages.</summary>
    public List<TranslationInput> MetricTexts { get; set; } = TranslationInput.Blank();

    public static TemplateObjectiveInput From(TemplateObjective o) => new()
    {
        Title = o.Title, Description = o.Description, MetricName = o.MetricName, MetricUnit = o.MetricUnit, Order = o.Order,
        Texts = TranslationInput.From(o.Texts), MetricTexts = TranslationInput.From(o.MetricTexts),
    };

    public void ApplyTo(TemplateObjective o)
    {
        o.Texts = TranslationInput.ToTexts(Texts);
        o.MetricTexts = TranslationInput.ToMetricTexts(MetricTexts);
        o.Title = Title.Trim();
        o.Description = Description.TrimmedOrNull();
        o.MetricName = MetricName.TrimmedOrNull();
        o.MetricUnit = o.MetricName is null ? null : MetricUnit.TrimmedOrNull();
        o.Order = Order;
    }

    public sealed class Validator : AbstractValidator<TemplateObjectiveInput>
    {
        public Validator(IStringLocalizer<TemplateObjectiveInput> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 2000));
            RuleForEach(i => i.MetricTexts).SetValidator(new TranslationValidator(words, 200, 50));
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Name the objective."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Description).MaximumLength(2000).WithMessage(_ => localizer["Keep the description under 2,000 characters."]);
            RuleFor(i => i.MetricName).MaximumLength(200).WithMessage(_ => localizer["Keep the metric name under 200 characters."]);
            RuleFor(i => i.MetricUnit).MaximumLength(50).WithMessage(_ => localizer["Keep the unit under 50 characters."]);
            RuleFor(i => i.Order).InclusiveBetween(0, 999).WithMessage(_ => localizer["Use a position from 0 to 999."]);
        }
    }
}
