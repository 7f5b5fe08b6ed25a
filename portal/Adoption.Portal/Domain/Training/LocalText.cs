namespace Adoption.Portal.Domain.Training;

/// <summary>A training path's or module's text in one language.</summary>
public sealed record LocalText(string Title, string? Description = null);

/// <summary>Picks the text to show: the person's language, else the account's, else the English original.</summary>
public static class TrainingLanguage
{
    public static LocalText Pick(IReadOnlyDictionary<string, LocalText>? texts, string title, string? description, params string?[] locales)
    {
        foreach (var locale in locales)
        {
            // The original is English: an English reader gets it even where the account speaks another language.
            if (locale == "en")
            {
                break;
            }

            if (locale is not null && texts is not null && texts.TryGetValue(locale, out var text) && !string.IsNullOrWhiteSpace(text.Title))
            {
                return text with { Description = text.Description ?? description };
            }
        }

        return new LocalText(title, description);
    }

    /// <summary>A text per locale (question, choice): the first of <paramref name="locales"/> it has, else English, else any.</summary>
    public static string Pick(IReadOnlyDictionary<string, string> texts, params string?[] locales)
    {
        foreach (var locale in locales.Append("en"))
        {
            if (locale is not null && texts.TryGetValue(locale, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return texts.Values.FirstOrDefault() ?? "";
    }
}
