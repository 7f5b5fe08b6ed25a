using Adoption.Portal.Domain.Value;

namespace Adoption.Portal.Pages.Csm.Value;

/// <summary>A value-ledger entry as the CSM records it.</summary>
public sealed class ValueInput
{
    public string Outcome { get; set; } = "";
    public string? Unit { get; set; }
    public decimal? Before { get; set; }
    public decimal? After { get; set; }
    public decimal? AnnualValue { get; set; }
    public string? Evidence { get; set; }
    public DateOnly? AchievedOn { get; set; }
    public int? ObjectiveId { get; set; }
    public bool CustomerVisible { get; set; } = true;
    public int Version { get; set; }

    public static ValueInput From(ValueEntry v) => new()
    {
        Outcome = v.Outcome, Unit = v.Unit, Before = v.Before, After = v.After, AnnualValue = v.AnnualValue, Evidence = v.Evidence,
        AchievedOn = v.AchievedOn, ObjectiveId = v.ObjectiveId, CustomerVisible = v.CustomerVisible, Version = v.Version,
    };

    /// <summary>
    /// Copies the input onto the entry. A sign-off vouches for the figures, so changing what was
    /// signed (outcome, numbers, date) withdraws both sign-offs; returns whether it did.
    /// </summary>
    public bool ApplyTo(ValueEntry v)
    {
        var unit = Unit.TrimmedOrNull();
        var figuresChanged = v.Outcome != Outcome.Trim() || v.Unit != unit || v.Before != Before || v.After != After
            || v.AnnualValue != AnnualValue || v.AchievedOn != AchievedOn;
        v.Outcome = Outcome.Trim();
        v.Unit = unit;
        v.Before = Before!.Value;
        v.After = After!.Value;
        v.AnnualValue = AnnualValue ?? 0;
        v.Evidence = Evidence.TrimmedOrNull();
        v.AchievedOn = AchievedOn!.Value;
        v.ObjectiveId = ObjectiveId;
        v.CustomerVisible = CustomerVisible;
        var wasSigned = v.CustomerSignedOffAt is not null || v.CsmSignedOffAt is not null;
        if (figuresChanged && wasSigned)
        {
            (v.CustomerSignedOffBy, v.CustomerSignedOffAt, v.CsmSignedOffBy, v.CsmSignedOffAt) = (null, null, null, null);
            return true;
        }

        return false;
    }

    public sealed class Validator : AbstractValidator<ValueInput>
    {
        private const decimal Largest = 9_999_999_999_999_999m;

        public Validator(IStringLocalizer<ValueInput> localizer, TimeProvider clock)
        {
            RuleFor(i => i.Outcome).NotEmpty().WithMessage(_ => localizer["Name the outcome."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the outcome under 200 characters."]);
            RuleFor(i => i.Unit).MaximumLength(50).WithMessage(_ => localizer["Keep the unit under 50 characters."]);
            RuleFor(i => i.Before).NotNull().WithMessage(_ => localizer["Enter the value before."])
                .InclusiveBetween(-Largest, Largest).WithMessage(_ => localizer["That number is too large."]);
            RuleFor(i => i.After).NotNull().WithMessage(_ => localizer["Enter the value after."])
                .InclusiveBetween(-Largest, Largest).WithMessage(_ => localizer["That number is too large."]);
            RuleFor(i => i.AnnualValue).InclusiveBetween(0, Largest).WithMessage(_ => localizer["Enter a yearly value of zero or more."]);
            RuleFor(i => i.Evidence).MaximumLength(2000).WithMessage(_ => localizer["Keep the evidence under 2,000 characters."]);
            RuleFor(i => i.AchievedOn).NotNull().WithMessage(_ => localizer["Enter the day it was achieved."])
                .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage(_ => localizer["Value cannot be achieved in the future."]);
        }
    }
}
