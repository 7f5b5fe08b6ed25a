using System.Text.RegularExpressions;
using Adoption.Portal.Domain.Adoption;

namespace Adoption.Portal.Pages.Csm.Features;

/// <summary>A key feature of the product as the CSM team names it.</summary>
public sealed partial class FeatureInput
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int Order { get; set; }
    /// <summary>The library module that teaches this feature.</summary>
    public int? ModuleId { get; set; }
    public int Version { get; set; }
    /// <summary>The text in the other languages.</summary>
    public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();

    public static FeatureInput From(KeyFeature f, int? moduleId) => new()
    {
        Key = f.Key, Name = f.Name, Description = f.Description, Order = f.Order, ModuleId = moduleId, Version = f.Version,
        Texts = TranslationInput.From(f.Texts),
    };

    public void ApplyTo(KeyFeature f)
    {
        f.Texts = TranslationInput.ToTexts(Texts);
        f.Key = Key.Trim();
        f.Name = Name.Trim();
        f.Description = Description.TrimmedOrNull();
        f.Order = Order;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex KeyPattern();

    public sealed class Validator : AbstractValidator<FeatureInput>
    {
        public Validator(IStringLocalizer<FeatureInput> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 2000));
            RuleFor(i => i.Key).NotEmpty().WithMessage(_ => localizer["Give the feature a short key, like reports."])
                .MaximumLength(100).WithMessage(_ => localizer["Keep the key under 100 characters."])
                .Must(k => KeyPattern().IsMatch(k.Trim())).WithMessage(_ => localizer["Use lower-case letters, digits, - and _ only."]);
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Name the feature."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Description).MaximumLength(2000).WithMessage(_ => localizer["Keep the description under 2,000 characters."]);
            RuleFor(i => i.Order).InclusiveBetween(0, 999).WithMessage(_ => localizer["Use a position from 0 to 999."]);
        }
    }
}
