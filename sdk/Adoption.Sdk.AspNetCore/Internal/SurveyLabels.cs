namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>The words a survey adds around the portal's question, in the portal's four languages.</summary>
internal sealed record SurveyLabels(string Low, string High, string FollowUp, string MayContact, string Send, string AskLater, string Thanks, string ScoreOf)
{
    private static readonly SurveyLabels English = new(
        "0: not at all likely", "10: extremely likely", "Tell us why (optional)", "You may contact me about my answer", "Send", "Ask me later",
        "Thank you for your answer.", "out of 10");

    private static readonly Dictionary<string, SurveyLabels> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["fi"] = new("0: en lainkaan todennäköisesti", "10: erittäin todennäköisesti", "Kerro miksi (vapaaehtoinen)",
            "Minuun saa ottaa yhteyttä vastauksestani", "Lähetä", "Kysy myöhemmin", "Kiitos vastauksestasi.", "/ 10"),
        ["it"] = new("0: per niente probabile", "10: estremamente probabile", "Dicci perché (facoltativo)",
            "Potete contattarmi riguardo alla mia risposta", "Invia", "Chiedimelo più tardi", "Grazie per la tua risposta.", "su 10"),
        ["zh-Hans"] = new("0：完全不可能", "10：极有可能", "请告诉我们原因（可选）", "可以就我的回答联系我", "提交", "稍后再问", "感谢您的回答。", "（满分 10）"),
    };

    public static SurveyLabels For(string? locale)
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
}
