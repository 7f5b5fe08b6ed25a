namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>A CSM's target for this quarter.</summary>
public sealed class TargetInput
{
    public string? CsmUserId { get; set; }
    public decimal? Amount { get; set; }
}

public sealed class TargetInputValidator : AbstractValidator<TargetInput>
{
    public TargetInputValidator(IStringLocalizer<TargetInputValidator> localizer)
    {
        RuleFor(i => i.CsmUserId).NotEmpty().WithMessage(_ => localizer["Choose a CSM."]);
        RuleFor(i => i.Amount).NotNull().WithMessage(_ => localizer["Enter the target."])
            .GreaterThanOrEqualTo(0).WithMessage(_ => localizer["A target cannot be negative."]);
    }
}
