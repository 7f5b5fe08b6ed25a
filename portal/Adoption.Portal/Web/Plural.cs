using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;

namespace Adoption.Portal.Web;

/// <summary>
/// ICU-style plural messages in resource strings: <c>{0, plural, one {# answer} other {# answers}}</c>.
/// The English key and each translation carry the forms their language needs (Finnish and Italian
/// <c>one</c> and <c>other</c>, Chinese only <c>other</c>; <c>=0</c> for an exact number); <c>#</c> is
/// the number in the culture's format, and the rest of the message takes <c>{1}</c>, <c>{2}</c>… as usual.
/// <code>@Plural.Format(L["{0, plural, one {# certificate} other {# certificates}}"], count)</code>
/// </summary>
public static class Plural
{
    public static string Format(LocalizedHtmlString message, params object?[] args) => Format(CultureInfo.CurrentCulture, message.Value, args);

    public static string Format(LocalizedString message, params object?[] args) => Format(CultureInfo.CurrentCulture, message.Value, args);

    /// <summary>The CLDR cardinal category of <paramref name="n"/> in <paramref name="culture"/>: <c>one</c> or <c>other</c>.</summary>
    public static string Category(CultureInfo culture, decimal n)
    {
        var language = culture.TwoLetterISOLanguageName;
        if (language is "zh" or "ja" or "ko")
        {
            return "other";
        }

        // English, Finnish and Italian: "one" is exactly the integer 1 (1.0 and 0 are "other").
        return n == 1 && decimal.Truncate(n) == n && !HasFraction(n) ? "one" : "other";
    }

    public static string Format(CultureInfo culture, string message, params object?[] args)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < message.Length)
        {
            var start = message.IndexOf('{', i);
            var index = 0;
            var bodyStart = 0;
            var select = start < 0 ? -1 : PluralArgument(message, start, out index, out bodyStart);
            if (select < 0)
            {
                // Not a plural: copy up to and including this brace and go on.
                var end = start < 0 ? message.Length : start + 1;
                text.Append(message, i, end - i);
                i = end;
                continue;
            }

            text.Append(message, i, start - i);
            var (forms, after) = Forms(message, bodyStart);
            var n = Convert.ToDecimal(args[index], CultureInfo.InvariantCulture);
            var chosen = forms.TryGetValue("=" + n.ToString(CultureInfo.InvariantCulture), out var exact) ? exact
                : forms.TryGetValue(Category(culture, n), out var form) ? form
                : forms.GetValueOrDefault("other", "");
            text.Append(chosen.Replace("#", n.ToString(HasFraction(n) ? "N1" : "N0", culture), StringComparison.Ordinal));
            i = after;
        }

        return args.Length == 0 ? text.ToString() : string.Format(culture, text.ToString(), args);
    }

    /// <summary>For a message of such arguments, the HTML-encoded result.</summary>
    public static IHtmlContent Html(LocalizedHtmlString message, params object?[] args) => new HtmlString(System.Net.WebUtility.HtmlEncode(Format(message, args)));

    private static bool HasFraction(decimal n) => n != decimal.Truncate(n);

    /// <summary>At <paramref name="start"/> ('{'): "{N, plural," gives N and where the forms begin; otherwise -1.</summary>
    private static int PluralArgument(string message, int start, out int index, out int bodyStart)
    {
        index = 0;
        bodyStart = 0;
        var comma = message.IndexOf(',', start);
        if (comma < 0 || !int.TryParse(message.AsSpan(start + 1, comma - start - 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            return -1;
        }

        var second = message.IndexOf(',', comma + 1);
        if (second < 0 || !message.AsSpan(comma + 1, second - comma - 1).Trim().SequenceEqual("plural"))
        {
            return -1;
        }

        bodyStart = second + 1;
        return start;
    }

    /// <summary>Reads "one {…} other {…}}" from <paramref name="at"/>; returns the forms and the index after the closing brace.</summary>
    private static (Dictionary<string, string> Forms, int After) Forms(string message, int at)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = at;
        while (i < message.Length)
        {
            while (i < message.Length && char.IsWhiteSpace(message[i])) { i++; }
            if (i < message.Length && message[i] == '}')
            {
                return (forms, i + 1);
            }

            var open = message.IndexOf('{', i);
            if (open < 0)
            {
                throw new FormatException($"A plural form without a body in \"{message}\".");
            }

            var selector = message[i..open].Trim();
            var depth = 1;
            var j = open + 1;
            for (; j < message.Length && depth > 0; j++)
            {
                depth += message[j] == '{' ? 1 : message[j] == '}' ? -1 : 0;
            }

            forms[selector] = message[(open + 1)..(j - 1)];
            i = j;
        }

        throw new FormatException($"An unclosed plural in \"{message}\".");
    }
}
