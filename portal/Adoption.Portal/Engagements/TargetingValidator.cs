using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>
/// A targeting model that can be evaluated: known feature keys, numbers where numbers are compared,
/// sensible day ranges. A malformed rule is refused with a message on its field, so nothing is saved half.
/// </summary>
public sealed class TargetingValidator : AbstractValidator<Targeting>
{
    public TargetingValidator(IStringLocalizer<TargetingValidator> localizer, IReadOnlyCollection<string> featureKeys)
    {
        RuleForEach(t => t.Features).ChildRules(f =>
        {
            f.RuleFor(r => r.FeatureKey).Must(featureKeys.Contains).WithMessage(_ => localizer["Choose a key feature."]);
            f.RuleFor(r => r.WithinDays).InclusiveBetween(1, 365).WithMessage(_ => localizer["Use 1 to 365 days, or leave empty for ever."]);
        });
        RuleForEach(t => t.Traits).ChildRules(r =>
        {
            r.RuleFor(x => x.Value).NotEmpty().WithMessage(_ => localizer["Give a value to compare with."]).MaximumLength(200);
            r.RuleFor(x => x.Value)
                .Must(v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                .When(x => x.Operator is TraitOperator.AtLeast or TraitOperator.AtMost || x.Trait is AccountTrait.Employees or AccountTrait.LicensedSeats or AccountTrait.Arr)
                .WithMessage(_ => localizer["Compare this trait with a number, like 250."]);
            r.RuleFor(x => x.Operator).Must(o => o is TraitOperator.Equals or TraitOperator.NotEquals)
                .When(x => x.Trait is AccountTrait.Industry or AccountTrait.Plan)
                .WithMessage(_ => localizer["Text traits take equals or is not."]);
        });
        RuleForEach(t => t.Milestones).ChildRules(m =>
        {
            m.RuleFor(x => x.Title).NotEmpty().WithMessage(_ => localizer["Give the milestone's title."]).MaximumLength(200);
            m.RuleFor(x => x.Statuses).NotEmpty().WithMessage(_ => localizer["Choose at least one status."]);
        });
        RuleFor(t => t.MinDaysSinceFirstSeen).InclusiveBetween(0, 3650).WithMessage(_ => localizer["Use 0 to 3,650 days."]);
        RuleFor(t => t.MaxDaysSinceFirstSeen).InclusiveBetween(0, 3650).WithMessage(_ => localizer["Use 0 to 3,650 days."])
            .GreaterThanOrEqualTo(t => t.MinDaysSinceFirstSeen).When(t => t.MinDaysSinceFirstSeen is not null)
            .WithMessage(_ => localizer["The most days must be at least the fewest."]);
    }
}
