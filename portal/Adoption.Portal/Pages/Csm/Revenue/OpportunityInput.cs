using Adoption.Portal.Domain.Revenue;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>A new expansion opportunity, in the account's currency.</summary>
public sealed class OpportunityInput
{
    public OpportunityKind? Kind { get; set; }
    public string? Title { get; set; }
    public decimal? Amount { get; set; }
    public OpportunityStage? Stage { get; set; }
}

public sealed class OpportunityInputValidator : AbstractValidator<OpportunityInput>
{
    public OpportunityInputValidator(IStringLocalizer<OpportunityInputValidator> localizer)
    {
        RuleFor(i => i.Kind).Must(k => k is { } v && Enum.IsDefined(v)).WithMessage(_ => localizer["Choose upsell, cross-sell or seats."]);
        RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Say what the opportunity is."])
            .MaximumLength(200).WithMessage(_ => localizer["Keep it under 200 characters."]);
        RuleFor(i => i.Amount).NotNull().WithMessage(_ => localizer["Enter the ARR it would add."])
            .GreaterThanOrEqualTo(0).WithMessage(_ => localizer["The amount cannot be negative."]);
        RuleFor(i => i.Stage).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage(_ => localizer["Choose a stage."]);
    }
}
