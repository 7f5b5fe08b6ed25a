using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Nps;

/// <summary>A survey's part of the decide answer: its follow-up questions in the language of its content.</summary>
public static class SurveyWire
{
    public static readonly IReadOnlyDictionary<string, DecidedSurvey> Defaults = new Dictionary<string, DecidedSurvey>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new("What do you like most?", "What would make it a 10 for you?", "What disappointed you most?"),
        ["fi"] = new("Mistä pidät eniten?", "Mikä tekisi siitä sinulle kympin?", "Mikä pettymys oli suurin?"),
        ["it"] = new("Che cosa ti piace di più?", "Che cosa lo renderebbe un 10 per te?", "Che cosa ti ha deluso di più?"),
        ["zh-Hans"] = new("您最喜欢哪一点？", "怎样才能让您打 10 分？", "最让您失望的是什么？"),
    };

    public static DecidedSurvey For(Engagement survey, string locale)
    {
        var fallback = Defaults.GetValueOrDefault(locale) ?? Defaults[Locales.Default];
        var written = survey.Survey?.FollowUps.FirstOrDefault(f => string.Equals(f.Locale, locale, StringComparison.OrdinalIgnoreCase));
        return written is null ? fallback : new DecidedSurvey(
            Text(written.Promoter, fallback.Promoter), Text(written.Passive, fallback.Passive), Text(written.Detractor, fallback.Detractor));
    }

    private static string Text(string? written, string fallback) => string.IsNullOrWhiteSpace(written) ? fallback : written;
}
