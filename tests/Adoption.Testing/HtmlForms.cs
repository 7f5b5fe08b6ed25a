using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Adoption.Testing;

/// <summary>A form as a browser would submit it: where to, and the fields it sends.</summary>
public sealed record HtmlForm(string Action, Dictionary<string, string> Fields);

/// <summary>Reads pages the way a browser does, so tests can submit forms and read tables without regexes.</summary>
public static class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>
    /// The page's POST forms (other than the layout's sign-out and language forms) with their current values. Empty text fields are
    /// filled with <paramref name="filler"/> when given, so a submission is valid rather than rejected early.
    /// </summary>
    public static IReadOnlyList<HtmlForm> PostForms(string html, string pageUrl, string? filler = null) =>
        Parse(html).QuerySelectorAll<IHtmlFormElement>("form")
            .Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
            .Select(f => new HtmlForm(ActionOf(f, pageUrl), FieldsOf(f, filler)))
            .Where(f => !f.Action.StartsWith("/signout", StringComparison.Ordinal) && !f.Action.StartsWith("/language", StringComparison.Ordinal))
            .ToList();

    /// <summary>The one form posting to <paramref name="handler"/> (or the page's default handler when null).</summary>
    public static HtmlForm Form(string html, string pageUrl, string? handler = null) =>
        PostForms(html, pageUrl).Single(f => HandlerOf(f.Action) == handler);

    public static string? HandlerOf(string action)
    {
        var query = action.Contains('?', StringComparison.Ordinal) ? action[(action.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        return query.Split('&').Select(p => p.Split('=')).Where(p => p[0] == "handler").Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();
    }

    private static string ActionOf(IHtmlFormElement form, string pageUrl)
    {
        var action = form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? pageUrl : System.Net.WebUtility.HtmlDecode(action);
    }

    private static Dictionary<string, string> FieldsOf(IHtmlFormElement form, string? filler)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button" or "reset" or "file" or "image":
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields[name] = input.Value;
                    }

                    break;
                case IHtmlInputElement input:
                    fields.TryAdd(name, input.Value.Length > 0 || filler is null ? input.Value : Fill(input.Type, filler));
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value.Length > 0 || filler is null ? area.Value : filler;
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected && (o.Value.Length > 0 || filler is null))
                        ?? select.Options.FirstOrDefault(o => o.Value.Length > 0 || filler is null);
                    fields[name] = option?.Value ?? "";
                    break;
            }
        }

        return fields;
    }

    private static string Fill(string type, string filler) => type switch
    {
        "number" => "1",
        "date" => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        "email" => "walk@example.com",
        "url" => "https://example.com/walk",
        _ => filler,
    };
}
