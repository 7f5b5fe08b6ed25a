using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Plans;

/// <summary>An objective as the CSM edits it (new on the plan page, existing on its own page).</summary>
public sealed class ObjectiveInput
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public bool CustomerVisible { get; set; } = true;
    public int Order { get; set; }
    public int Version { get; set; }
    /// <summary>The text in the other languages.</summary>
    public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();

    public static ObjectiveInput From(Objective o) => new()
    {
        Title = o.Title, Description = o.Description, CustomerVisible = o.CustomerVisible, Order = o.Order, Version = o.Version,
        Texts = TranslationInput.From(o.Texts),
    };

    public void ApplyTo(Objective o)
    {
        o.Texts = TranslationInput.ToTexts(Texts);
        o.Title = Title.Trim();
        o.Description = Description.TrimmedOrNull();
        o.CustomerVisible = CustomerVisible;
        o.Order = Order;
    }

    public sealed class Validator : AbstractValidator<ObjectiveInput>
    {
        public Validator(IStringLocalizer<ObjectiveInput> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 2000));
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Name the objective."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Description).MaximumLength(2000).WithMessage(_ => localizer["Keep the description under 2,000 characters."]);
            RuleFor(i => i.Order).InclusiveBetween(0, 999).WithMessage(_ => localizer["Use a position from 0 to 999."]);
        }
    }
}
