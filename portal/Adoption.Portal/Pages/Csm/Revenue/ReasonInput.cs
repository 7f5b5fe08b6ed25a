using Adoption.Portal.Domain.Revenue;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>A new reason code for churns or contractions.</summary>
public sealed class ReasonInput
{
    public string? Code { get; set; }
    public string? Label { get; set; }
    public ReasonKind? Kind { get; set; }
}

public sealed class ReasonInputValidator : AbstractValidator<ReasonInput>
{
    public ReasonInputValidator(IStringLocalizer<ReasonInputValidator> localizer)
    {
        RuleFor(i => i.Code).NotEmpty().WithMessage(_ => localizer["Enter a short code."])
            .MaximumLength(40).WithMessage(_ => localizer["Keep the code under 40 characters."])
            .Matches("^[A-Za-z0-9_-]*$").WithMessage(_ => localizer["Use letters, digits, - and _ only."]);
        RuleFor(i => i.Label).NotEmpty().WithMessage(_ => localizer["Enter the reason as people will read it."])
            .MaximumLength(200).WithMessage(_ => localizer["Keep the reason under 200 characters."]);
        RuleFor(i => i.Kind).Must(k => k is { } v && Enum.IsDefined(v)).WithMessage(_ => localizer["Choose churn or contraction."]);
    }
}
