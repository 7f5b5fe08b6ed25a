namespace Adoption.Portal.Pages.Csm.Features;

/// <summary>An event rule: a track event (and optionally one property value) that counts as use.</summary>
public sealed class RuleInput
{
    public string EventName { get; set; } = "";
    public string? PropertyName { get; set; }
    public string? PropertyValue { get; set; }

    public sealed class Validator : AbstractValidator<RuleInput>
    {
        public Validator(IStringLocalizer<RuleInput> localizer)
        {
            RuleFor(i => i.EventName).NotEmpty().WithMessage(_ => localizer["Enter the event name exactly as the product sends it."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the event name under 200 characters."]);
            RuleFor(i => i.PropertyName).MaximumLength(200).WithMessage(_ => localizer["Keep the property name under 200 characters."]);
            RuleFor(i => i.PropertyName).NotEmpty().When(i => !string.IsNullOrWhiteSpace(i.PropertyValue))
                .WithMessage(_ => localizer["Name the property that must have this value."]);
            RuleFor(i => i.PropertyValue).MaximumLength(200).WithMessage(_ => localizer["Keep the property value under 200 characters."]);
            RuleFor(i => i.PropertyValue).NotEmpty().When(i => !string.IsNullOrWhiteSpace(i.PropertyName))
                .WithMessage(_ => localizer["Enter the value the property must have."]);
        }
    }
}
