using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Csm.Training;

/// <summary>A training module: a doc, video or exercise, optionally teaching one key feature.</summary>
public sealed class ModuleInput
{
    public string Title { get; set; } = "";
    public ModuleKind Kind { get; set; }
    public string Url { get; set; } = "";
    public int? Minutes { get; set; }
    public int? KeyFeatureId { get; set; }
    /// <summary>The quiz that ends the module, as JSON; empty for none.</summary>
    public string? Quiz { get; set; }
    /// <summary>The text in the other languages.</summary>
    public List<TranslationInput> Texts { get; set; } = TranslationInput.Blank();

    public static ModuleInput From(TrainingModule m) => new()
    {
        Title = m.Title, Kind = m.Kind, Url = m.Url, Minutes = m.Minutes, KeyFeatureId = m.KeyFeatureId, Quiz = QuizJson.Write(m.Quiz),
        Texts = TranslationInput.From(m.Texts),
    };

    public void ApplyTo(TrainingModule m)
    {
        m.Texts = TranslationInput.ToTexts(Texts);
        m.Title = Title.Trim();
        m.Kind = Kind;
        m.Url = Url.Trim();
        m.Minutes = Minutes!.Value;
        m.KeyFeatureId = KeyFeatureId;
        m.Quiz = QuizJson.Read(Quiz);
    }

    public sealed class Validator : AbstractValidator<ModuleInput>
    {
        public Validator(IStringLocalizer<ModuleInput> localizer, IStringLocalizer<TranslationInput> words)
        {
            RuleForEach(i => i.Texts).SetValidator(new TranslationValidator(words, 200, 200));
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Name the module."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Kind).IsInEnum().WithMessage(_ => localizer["Choose the kind of module."]);
            RuleFor(i => i.Url).NotEmpty().WithMessage(_ => localizer["Enter the address of the module."])
                .MaximumLength(1000).WithMessage(_ => localizer["Keep the address under 1,000 characters."])
                .Must(BeWebAddress).WithMessage(_ => localizer["Enter a full web address starting with https:// or http://."]);
            RuleFor(i => i.Minutes).NotNull().WithMessage(_ => localizer["Say how many minutes it takes."])
                .InclusiveBetween(1, 600).WithMessage(_ => localizer["Use a length from 1 to 600 minutes."]);
            RuleFor(i => i.Quiz).Must(QuizJson.IsValid)
                .WithMessage(_ => localizer["The quiz needs a pass mark of 1 to 100, and questions with an English text, two or more choices and a right answer."]);
        }

        private static bool BeWebAddress(string url) =>
            Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }
}
