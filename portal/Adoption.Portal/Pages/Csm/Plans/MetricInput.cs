using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Web;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Adoption.Portal.Pages.Csm.Plans;

/// <summary>An outcome metric: where the customer started, where they aim to be, where they are.</summary>
public sealed class MetricInput
{
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public decimal? Current { get; set; }
    public int Version { get; set; }

    public static MetricInput From(OutcomeMetric m) => new()
    {
        Name = m.Name, Unit = m.Unit, Baseline = m.Baseline, Target = m.Target, Current = m.Current, Version = m.Version,
    };

    public void ApplyTo(OutcomeMetric m, DateTime now)
    {
        m.Name = Name.Trim();
        m.Unit = Unit.TrimmedOrNull();
        m.Baseline = Baseline!.Value;
        m.Target = Target!.Value;
        m.Current = Current ?? Baseline!.Value;
        m.UpdatedAt = now;
    }

    public sealed class Validator : AbstractValidator<MetricInput>
    {
        private const decimal Largest = 9_999_999_999_999_999m;

        public Validator(IStringLocalizer<MetricInput> localizer)
        {
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Name the metric."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Unit).MaximumLength(50).WithMessage(_ => localizer["Keep the unit under 50 characters."]);
            RuleFor(i => i.Baseline).NotNull().WithMessage(_ => localizer["Enter the baseline."])
                .InclusiveBetween(-Largest, Largest).WithMessage(_ => localizer["That number is too large."]);
            RuleFor(i => i.Target).NotNull().WithMessage(_ => localizer["Enter the target."])
                .InclusiveBetween(-Largest, Largest).WithMessage(_ => localizer["That number is too large."]);
            RuleFor(i => i.Current).InclusiveBetween(-Largest, Largest).WithMessage(_ => localizer["That number is too large."]);
        }
    }
}
