using Adoption.Portal.Domain.Revenue;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>The CSM's call on the open renewal.</summary>
public sealed class ForecastInput
{
    public RenewalForecast? Forecast { get; set; }
    public decimal? Amount { get; set; }
    public int Version { get; set; }
}

public sealed class ForecastInputValidator : AbstractValidator<ForecastInput>
{
    public ForecastInputValidator(IStringLocalizer<ForecastInputValidator> localizer)
    {
        RuleFor(i => i.Forecast).NotNull().WithMessage(_ => localizer["Choose your call."])
            .Must(f => f is { } v && Enum.IsDefined(v)).WithMessage(_ => localizer["Choose your call."]);
        RuleFor(i => i.Amount).GreaterThanOrEqualTo(0).WithMessage(_ => localizer["The amount cannot be negative."]);
    }
}
