using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Templates;

/// <summary>A milestone of a plan template: due a number of days after a plan starts.</summary>
public sealed class TemplateMilestoneInput
{
    public string Title { get; set; } = "";
    public OwnerSide Owner { get; set; }
    public int? DueAfterDays { get; set; }
    public bool CustomerVisible { get; set; } = true;
    public int Order { get; set; }
    /// <summary>The text in the other languages.</summary>
    public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();

    public static TemplateMilestoneInput From(TemplateMilestone m) => new()
    {
        Title = m.Title, Owner = m.Owner, DueAfterDays = m.DueAfterDays, CustomerVisible = m.CustomerVisible, Order = m.Order,
        Texts = TranslationInput.From(m.Texts),
    };

    public void ApplyTo(TemplateMilestone m)
    {
        m.Texts = TranslationInput.ToTexts(Texts);
        m.Title = Title.Trim();
        m.Owner = Owner;
        m.DueAfterDays = DueAfterDays!.Value;
        m.CustomerVisible = CustomerVisible;
        m.Order = Order;
    }

    public sealed class Validator : AbstractValidator<TemplateMilestoneInput>
    {
        public Validator(IStringLocalizer<TemplateMilestoneInput> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 200));
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Name the milestone."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Owner).IsInEnum().WithMessage(_ => localizer["Choose who owns the milestone."]);
            RuleFor(i => i.DueAfterDays).NotNull().WithMessage(_ => localizer["Say how many days after the start it is due."])
                .InclusiveBetween(0, 3650).WithMessage(_ => localizer["Use a number of days from 0 to 3,650."]);
            RuleFor(i => i.Order).InclusiveBetween(0, 999).WithMessage(_ => localizer["Use a position from 0 to 999."]);
        }
    }
}
