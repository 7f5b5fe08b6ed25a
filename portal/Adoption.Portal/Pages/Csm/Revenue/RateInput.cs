using Adoption.Portal.Revenue;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>A dated exchange rate into the reporting currency.</summary>
public sealed class RateInput
{
    public string? Currency { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public decimal? Rate { get; set; }
}

public sealed class RateInputValidator : AbstractValidator<RateInput>
{
    public RateInputValidator(IStringLocalizer<RateInputValidator> localizer)
    {
        RuleFor(i => i.Currency).Must(Currencies.IsKnown).WithMessage(_ => localizer["Enter a three-letter currency code such as EUR, USD or CNY."]);
        RuleFor(i => i.ValidFrom).NotNull().WithMessage(_ => localizer["Enter the day the rate applies from."]);
        RuleFor(i => i.Rate).NotNull().WithMessage(_ => localizer["Enter the rate."])
            .GreaterThan(0).WithMessage(_ => localizer["A rate is more than zero."])
            .LessThanOrEqualTo(1_000_000).WithMessage(_ => localizer["Enter a rate up to 1,000,000."]);
    }
}
