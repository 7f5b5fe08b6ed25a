using System.Collections;
using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;

namespace Adoption.Portal.Email;

/// <summary>A rendered email: subject, plain text and HTML.</summary>
public sealed record RenderedEmail(string Subject, string Text, string Html);

/// <summary>A template asked for a value the caller did not give (or gave as nothing): an error, never a blank in someone's inbox.</summary>
public sealed class MissingTemplateValueException(string message, Exception inner) : KeyNotFoundException(message, inner);

/// <summary>
/// The editable templates in the repository's <c>email-templates/</c> folder (copied next to the app),
/// written in Liquid and rendered by Fluid: <c>{name}/{locale}.txt</c> (first line <c>Subject: …</c>,
/// then a blank line, then the text) and <c>{name}/{locale}.html</c> (the HTML body). Both are placed
/// in the shared layout <c>_layout/{locale}.txt</c> / <c>.html</c> at its <c>{{ content }}</c>; an HTML
/// file that is a whole document (<c>&lt;!DOCTYPE</c> or <c>&lt;html</c>) is used as it is. The layout's
/// CSS is moved into <c>style</c> attributes (PreMailer.Net) once, when a template is loaded, so every
/// message costs only the Liquid render. Values are HTML-encoded in the HTML part; a value the template
/// asks for and the caller does not give is an error. Edited files are picked up without a restart.
/// </summary>
public sealed partial class EmailTemplates(string directory)
{
    /// <summary>The shared layout's folder name; it is not an email.</summary>
    public const string LayoutFolder = "_layout";

    private const string ContentMarker = "{{ content }}";

    private static readonly FluidParser Parser = new();

    private static readonly TemplateOptions Options = CreateOptions();

    // Outputs in the HTML part are HTML-encoded, but letters of every script stay letters (no &#x4E2D; for Chinese).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConcurrentDictionary<(string Name, string Locale), Compiled> cache = new();

    public string Directory { get; } = directory;

    /// <summary>The emails there are templates for (folder names, without the layout).</summary>
    public IReadOnlyList<string> Names =>
        System.IO.Directory.GetDirectories(Directory).Select(Path.GetFileName).OfType<string>()
            .Where(n => n != LayoutFolder).Order(StringComparer.Ordinal).ToList();

    /// <summary>Renders with flat text values (each <c>{{ name }}</c>).</summary>
    public RenderedEmail Render(string name, string? locale, IReadOnlyDictionary<string, string> values) =>
        Render(name, locale, values.ToDictionary(v => v.Key, v => (object?)v.Value));

    /// <summary>Renders with a model: text, numbers, booleans, lists and nested dictionaries, for loops
    /// (<c>{% for f in unused %}</c>) and conditions (<c>{% if unused.size > 0 %}</c>).</summary>
    public RenderedEmail Render(string name, string? locale, IReadOnlyDictionary<string, object?> model)
    {
        var language = Locales.IsSupported(locale) ? locale! : Locales.Default;
        var compiled = Load(name, language);
        var context = new TemplateContext(Options) { CultureInfo = CultureInfo.GetCultureInfo(language) };
        foreach (var (key, value) in model)
        {
            context.SetValue(key, Plain(value));
        }

        // The layout's own values: a caller's value of the same name wins.
        SetDefault(context, model, "locale", language);
        SetDefault(context, model, "unsubscribe", "");
        var subject = Run(compiled.Subject, context, NullEncoder.Default, compiled.TextPath).Trim();
        SetDefault(context, model, "subject", subject);
        return new RenderedEmail(
            subject,
            Run(compiled.Text, context, NullEncoder.Default, compiled.TextPath),
            Run(compiled.Html, context, Html, compiled.HtmlPath));
    }

    /// <summary>The <c>{{ name }}</c> placeholders a template file uses.</summary>
    public static IReadOnlySet<string> PlaceholdersIn(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>Parses every language of <paramref name="name"/> with the layout (a broken edit shows here, not in a send).</summary>
    public void Check(string name)
    {
        foreach (var locale in Locales.Supported)
        {
            Load(name, locale);
        }
    }

    private Compiled Load(string name, string language)
    {
        // Edits are looked for at most once a second per template, not at every one of 100,000 messages.
        var now = Environment.TickCount64;
        if (cache.TryGetValue((name, language), out var recent) && now - recent.CheckedAt < 1000)
        {
            return recent;
        }

        var paths = new[]
        {
            PathOf(name, language, "txt"), PathOf(name, language, "html"),
            PathOf(LayoutFolder, language, "txt"), PathOf(LayoutFolder, language, "html"),
        };
        var stamp = paths.Select(p => File.Exists(p) ? File.GetLastWriteTimeUtc(p).Ticks : 0).Aggregate(17L, (a, t) => unchecked((a * 31) + t));
        if (cache.TryGetValue((name, language), out var known) && known.Stamp == stamp)
        {
            known.CheckedAt = now;
            return known;
        }

        var compiled = Compile(name, language, stamp);
        compiled.CheckedAt = now;
        cache[(name, language)] = compiled;
        return compiled;
    }

    private Compiled Compile(string name, string language, long stamp)
    {
        var textPath = PathOf(name, language, "txt");
        var htmlPath = PathOf(name, language, "html");
        var text = File.ReadAllText(textPath).ReplaceLineEndings("\n");
        var html = File.ReadAllText(htmlPath);
        var separator = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (!text.StartsWith("Subject:", StringComparison.Ordinal) || separator < 0)
        {
            throw new InvalidOperationException($"{textPath} must start with a 'Subject:' line and a blank line.");
        }

        var subject = text["Subject:".Length..separator];
        var body = text[(separator + 2)..];
        var textLayout = ReadLayout(language, "txt");
        var htmlLayout = ReadLayout(language, "html");
        var document = IsDocument(html) ? html : htmlLayout.Replace(ContentMarker, html, StringComparison.Ordinal);
        return new Compiled(
            Parse(subject, textPath),
            Parse(textLayout.Replace(ContentMarker, body, StringComparison.Ordinal), textPath),
            Parse(InlineCss(document), htmlPath),
            textPath, htmlPath, stamp);
    }

    private string ReadLayout(string language, string extension)
    {
        var path = PathOf(LayoutFolder, language, extension);
        var layout = File.ReadAllText(path);
        return layout.Contains(ContentMarker, StringComparison.Ordinal)
            ? layout
            : throw new InvalidOperationException($"{path} must contain {ContentMarker} where each email's own text goes.");
    }

    private static bool IsDocument(string html)
    {
        var start = html.TrimStart();
        return start.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Moves the layout's CSS into style attributes. Liquid markup is set aside first (the HTML
    /// parser would escape its quotes and comparisons) and put back after.</summary>
    private static string InlineCss(string document)
    {
        var liquid = new List<string>();
        var shielded = Liquid().Replace(document, m =>
        {
            liquid.Add(m.Value);
            return string.Create(CultureInfo.InvariantCulture, $"zzliquid{liquid.Count - 1}zz");
        });
        var inlined = PreMailer.Net.PreMailer.MoveCssInline(shielded, removeStyleElements: true, preserveMediaQueries: true, removeComments: true).Html;
        return Shield().Replace(inlined, m => liquid[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
    }

    private static IFluidTemplate Parse(string source, string path) =>
        Parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"{path}: {error}");

    private static string Run(IFluidTemplate template, TemplateContext context, TextEncoder encoder, string path)
    {
        try
        {
            return template.Render(context, encoder);
        }
        catch (FluidException e) when (e.Message.StartsWith("Undefined variable", StringComparison.Ordinal))
        {
            throw new MissingTemplateValueException($"{path}: {e.Message} (no value given for a placeholder, or a list item without that field).", e);
        }
    }

    private static void SetDefault(TemplateContext context, IReadOnlyDictionary<string, object?> model, string name, string value)
    {
        if (!model.ContainsKey(name))
        {
            context.SetValue(name, value);
        }
    }

    /// <summary>Values as Liquid sees them: dictionaries and lists of dictionaries; a missing value
    /// (null) is refused by the strict templates, so it becomes an empty text that <c>blank</c> tests.</summary>
    private static object Plain(object? value) => value switch
    {
        null => "",
        string s => s,
        IDictionary<string, object?> d => d.ToDictionary(p => p.Key, p => Plain(p.Value)),
        IEnumerable list and not IDictionary => list.Cast<object?>().Select(Plain).ToList(),
        _ => value,
    };

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { StrictVariables = true };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.CamelCase;
        return options;
    }

    private string PathOf(string name, string language, string extension) =>
        Path.Combine(Directory, name, $"{language}.{extension}");

    private sealed record Compiled(IFluidTemplate Subject, IFluidTemplate Text, IFluidTemplate Html, string TextPath, string HtmlPath, long Stamp)
    {
        public long CheckedAt { get; set; }
    }

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex Liquid();

    [GeneratedRegex(@"zzliquid(\d+)zz")]
    private static partial Regex Shield();
}
