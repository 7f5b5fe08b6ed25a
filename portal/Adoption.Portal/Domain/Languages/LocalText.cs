namespace Adoption.Portal.Domain.Languages;

/// <summary>An authored title (and description) in one language. The entity's own columns hold the English
/// original; a dictionary of these per locale (fi, it, zh-Hans) holds the other languages.</summary>
public sealed record LocalText(string Title, string? Description = null);

/// <summary>An outcome metric's name and unit in one language.</summary>
public sealed record MetricText(string Name, string? Unit = null);

/// <summary>Picks the wording a reader sees: the first of their languages the text is written in, else the English original.</summary>
public static class AuthoredText
{
    public static LocalText Pick(IReadOnlyDictionary<string, LocalText>? texts, string title, string? description, IEnumerable<string?> locales) =>
        FirstWritten(texts, locales, t => t.Title) is { } text ? text with { Description = text.Description ?? description } : new LocalText(title, description);

    /// <summary>A metric's name and unit: the first of <paramref name="locales"/> it is written in, else the English original.</summary>
    public static MetricText Pick(IReadOnlyDictionary<string, MetricText>? texts, string name, string? unit, IEnumerable<string?> locales) =>
        FirstWritten(texts, locales, t => t.Name) is { } text ? text with { Unit = text.Unit ?? unit } : new MetricText(name, unit);

    private static T? FirstWritten<T>(IReadOnlyDictionary<string, T>? texts, IEnumerable<string?> locales, Func<T, string> heading) where T : class
    {
        foreach (var locale in locales)
        {
            // The original is English: an English reader gets it even where the account speaks another language.
            if (texts is null || locale == Accounts.Locales.Default)
            {
                break;
            }

            if (locale is not null && texts.TryGetValue(locale, out var text) && !string.IsNullOrWhiteSpace(heading(text)))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>A text per locale (question, choice): the first of <paramref name="locales"/> it has, else English, else any.</summary>
    public static string Pick(IReadOnlyDictionary<string, string> texts, IEnumerable<string?> locales)
    {
        foreach (var locale in locales.Append(Accounts.Locales.Default))
        {
            if (locale is not null && texts.TryGetValue(locale, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return texts.Values.FirstOrDefault() ?? "";
    }
}
