using Adoption.Portal.Revenue;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>A CSM's change to the account's ARR from a date on.</summary>
public sealed class ArrInput
{
    public decimal? Arr { get; set; }
    public string? Currency { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public int Version { get; set; }
    [BindNever] public DateOnly Today { get; set; }
}

public sealed class ArrInputValidator : AbstractValidator<ArrInput>
{
    public ArrInputValidator(IStringLocalizer<ArrInputValidator> localizer)
    {
        RuleFor(i => i.Arr).NotNull().WithMessage(_ => localizer["Enter the ARR."])
            .GreaterThanOrEqualTo(0).WithMessage(_ => localizer["ARR cannot be negative."]);
        RuleFor(i => i.Currency).Must(Currencies.IsKnown).WithMessage(_ => localizer["Enter a three-letter currency code such as EUR, USD or CNY."]);
        RuleFor(i => i.EffectiveOn).NotNull().WithMessage(_ => localizer["Enter the day the ARR applies from."])
            .Must((i, d) => d is null || d <= i.Today.AddYears(1)).WithMessage(_ => localizer["Enter a day within the next year."]);
    }
}
