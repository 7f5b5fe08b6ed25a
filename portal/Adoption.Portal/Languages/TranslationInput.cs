namespace Adoption.Portal.Languages;

/// <summary>
/// An authored text in one of the portal's other languages as the CSM types it: a title (a metric's
/// name) and a description (a metric's unit). A blank title means not translated: readers of that
/// language get their account's language, then the English original.
/// </summary>
public sealed class TranslationInput
{
    public string Locale { get; set; } = "";
    public string? Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The languages other than English, the original, in the portal's order.</summary>
    public static readonly IReadOnlyList<string> OtherLocales = [.. Locales.Supported.Where(l => l != Locales.Default)];

    /// <summary>One row per other language, filled where the text has one.</summary>
    public static List<TranslationInput> From(IReadOnlyDictionary<string, LocalText> texts) =>
        [.. OtherLocales.Select(l => new TranslationInput { Locale = l, Title = texts.GetValueOrDefault(l)?.Title, Description = texts.GetValueOrDefault(l)?.Description })];

    public static List<TranslationInput> From(IReadOnlyDictionary<string, MetricText> texts) =>
        [.. OtherLocales.Select(l => new TranslationInput { Locale = l, Title = texts.GetValueOrDefault(l)?.Name, Description = texts.GetValueOrDefault(l)?.Unit })];

    /// <summary>Blank rows for a new text.</summary>
    public static List<TranslationInput> Blank() => From(new Dictionary<string, LocalText>());

    /// <summary>The translated rows, trimmed; blank rows are left out.</summary>
    public static Dictionary<string, LocalText> ToTexts(IEnumerable<TranslationInput>? rows) =>
        Filled(rows).ToDictionary(r => r.Locale, r => new LocalText(r.Title!.Trim(), r.Description.TrimmedOrNull()));

    public static Dictionary<string, MetricText> ToMetricTexts(IEnumerable<TranslationInput>? rows) =>
        Filled(rows).ToDictionary(r => r.Locale, r => new MetricText(r.Title!.Trim(), r.Description.TrimmedOrNull()));

    private static IEnumerable<TranslationInput> Filled(IEnumerable<TranslationInput>? rows) =>
        (rows ?? []).Where(r => !string.IsNullOrWhiteSpace(r.Title) && OtherLocales.Contains(r.Locale)).DistinctBy(r => r.Locale);
}

/// <summary>Checks one language's row against the limits of the text it translates.</summary>
public sealed class TranslationValidator : AbstractValidator<TranslationInput>
{
    public TranslationValidator(IStringLocalizer<TranslationInput> localizer, int titleLength = 200, int descriptionLength = 2000)
    {
        RuleFor(r => r.Locale).Must(TranslationInput.OtherLocales.Contains).WithMessage(_ => localizer["Choose one of the portal's languages."]);
        RuleFor(r => r.Title).MaximumLength(titleLength)
            .WithMessage(_ => localizer["Keep the text under {0} characters.", titleLength.ToString("N0", CultureInfo.CurrentCulture)]);
        RuleFor(r => r.Description).MaximumLength(descriptionLength)
            .WithMessage(_ => localizer["Keep the text under {0} characters.", descriptionLength.ToString("N0", CultureInfo.CurrentCulture)]);
        RuleFor(r => r.Title).NotEmpty().When(r => !string.IsNullOrWhiteSpace(r.Description))
            .WithMessage(_ => localizer["Write the title in this language too, or leave both blank."]);
    }
}

/// <summary>What <c>Pages/Shared/_Translations.cshtml</c> needs besides its rows: the labels and limits of the text.</summary>
public static class TranslationFields
{
    public static Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary For(Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary page,
        string titleLabel, string? descriptionLabel = null, int titleMax = 200, int descriptionMax = 2000, string? heading = null) => new(page)
    {
        ["Heading"] = heading, ["TitleLabel"] = titleLabel, ["DescriptionLabel"] = descriptionLabel, ["TitleMax"] = titleMax, ["DescriptionMax"] = descriptionMax,
    };
}
