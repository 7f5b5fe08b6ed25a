using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Plans;

/// <summary>A milestone as the CSM edits it, including when it should complete itself from usage.</summary>
public sealed class MilestoneInput
{
    public string Title { get; set; } = "";
    public OwnerSide Owner { get; set; }
    public DateOnly? DueDate { get; set; }
    public MilestoneStatus Status { get; set; }
    public bool CustomerVisible { get; set; } = true;
    public int Order { get; set; }
    /// <summary>The key feature whose use completes the milestone; null completes it by hand only.</summary>
    public int? AutoCompleteFeatureId { get; set; }
    public int? AutoCompleteUserCount { get; set; }
    public int Version { get; set; }
    /// <summary>The text in the other languages.</summary>
    public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();

    public static MilestoneInput From(Milestone m) => new()
    {
        Title = m.Title, Owner = m.Owner, DueDate = m.DueDate, Status = m.Status, CustomerVisible = m.CustomerVisible, Order = m.Order,
        AutoCompleteFeatureId = m.AutoCompleteFeatureId, AutoCompleteUserCount = m.AutoCompleteUserCount, Version = m.Version,
        Texts = TranslationInput.From(m.Texts),
    };

    public void ApplyTo(Milestone m, DateTime now)
    {
        m.Texts = TranslationInput.ToTexts(Texts);
        m.Title = Title.Trim();
        m.Owner = Owner;
        m.DueDate = DueDate;
        m.CustomerVisible = CustomerVisible;
        m.Order = Order;
        m.AutoCompleteFeatureId = AutoCompleteFeatureId;
        m.AutoCompleteUserCount = AutoCompleteFeatureId is null ? null : AutoCompleteUserCount;
        if (Status != m.Status)
        {
            m.CompletedAt = Status == MilestoneStatus.Done ? now : null;
        }

        m.Status = Status;
    }

    public sealed class Validator : AbstractValidator<MilestoneInput>
    {
        public Validator(IStringLocalizer<MilestoneInput> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 200));
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Name the milestone."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Owner).IsInEnum().WithMessage(_ => localizer["Choose who owns the milestone."]);
            RuleFor(i => i.Status).IsInEnum().WithMessage(_ => localizer["Choose a status."]);
            RuleFor(i => i.Order).InclusiveBetween(0, 999).WithMessage(_ => localizer["Use a position from 0 to 999."]);
            RuleFor(i => i.AutoCompleteUserCount).NotNull().WithMessage(_ => localizer["Say how many people must use the feature."])
                .When(i => i.AutoCompleteFeatureId is not null);
            RuleFor(i => i.AutoCompleteUserCount).InclusiveBetween(1, 100_000).WithMessage(_ => localizer["Use a number of people from 1 to 100,000."]);
        }
    }
}
