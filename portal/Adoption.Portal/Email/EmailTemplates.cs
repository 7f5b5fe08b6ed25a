using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Domain.Accounts;

namespace Adoption.Portal.Email;

/// <summary>A rendered email: subject, plain text and HTML.</summary>
public sealed record RenderedEmail(string Subject, string Text, string Html);

/// <summary>
/// The editable templates in the repository's <c>email-templates/</c> folder (copied next to the app):
/// <c>{name}/{locale}.txt</c> (first line <c>Subject: …</c>, then a blank line, then the text) and
/// <c>{name}/{locale}.html</c>. <c>{{placeholder}}</c> is replaced by its value, HTML-encoded in the
/// HTML part. A placeholder without a value is an error, not a blank in someone's inbox.
/// </summary>
public sealed partial class EmailTemplates(string directory)
{
    public string Directory { get; } = directory;

    public RenderedEmail Render(string name, string? locale, IReadOnlyDictionary<string, string> values)
    {
        var language = Locales.IsSupported(locale) ? locale! : Locales.Default;
        var text = File.ReadAllText(PathOf(name, language, "txt"));
        var html = File.ReadAllText(PathOf(name, language, "html"));

        var separator = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (!text.StartsWith("Subject:", StringComparison.Ordinal) || separator < 0)
        {
            throw new InvalidOperationException($"{PathOf(name, language, "txt")} must start with a 'Subject:' line and a blank line.");
        }

        var subject = Fill(text["Subject:".Length..separator].Trim(), values, encode: false);
        return new RenderedEmail(subject, Fill(text[(separator + 2)..], values, encode: false), Fill(html, values, encode: true));
    }

    /// <summary>The placeholders a template file uses (for checking that every language asks for the same ones).</summary>
    public static IReadOnlySet<string> PlaceholdersIn(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();

    private string PathOf(string name, string language, string extension) =>
        Path.Combine(Directory, name, $"{language}.{extension}");

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool encode) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? encode ? WebUtility.HtmlEncode(value) : value
            : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"No value for {{{{{m.Groups[1].Value}}}}}.")));

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    private static partial Regex Placeholder();
}
