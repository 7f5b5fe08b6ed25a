using System.Globalization;

namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>
/// The few words the package adds around the portal's text, in the portal's four languages; chosen by the
/// language the content arrived in, so a nudge never mixes two languages.
/// </summary>
internal sealed record Labels(string Dismiss, string Close, string SnoozeFormat, string ProgressFormat, string Done, string NotDone)
{
    private static readonly Labels English = new("Dismiss", "Close", "Remind me in {0} days", "{0} of {1} done", "Done", "To do");

    private static readonly Dictionary<string, Labels> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["fi"] = new("Hylkää", "Sulje", "Muistuta {0} päivän päästä", "{0}/{1} tehty", "Tehty", "Tekemättä"),
        ["it"] = new("Ignora", "Chiudi", "Ricordamelo tra {0} giorni", "{0} di {1} completati", "Fatto", "Da fare"),
        ["zh-Hans"] = new("不再显示", "关闭", "{0} 天后提醒我", "已完成 {0}/{1}", "已完成", "待完成"),
    };

    public static Labels For(string? locale)
    {
        if (locale is null)
        {
            return English;
        }

        if (ByLanguage.TryGetValue(locale, out var labels))
        {
            return labels;
        }

        var dash = locale.IndexOf('-', StringComparison.Ordinal);
        var language = dash > 0 ? locale[..dash] : locale;
        return language.Equals("zh", StringComparison.OrdinalIgnoreCase) ? ByLanguage["zh-Hans"] : ByLanguage.GetValueOrDefault(language, English);
    }

    public string Snooze(int days) => string.Format(CultureInfo.InvariantCulture, SnoozeFormat, days);

    public string Progress(int done, int total) => string.Format(CultureInfo.InvariantCulture, ProgressFormat, done, total);
}
