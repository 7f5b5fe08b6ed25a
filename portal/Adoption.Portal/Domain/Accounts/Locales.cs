namespace Adoption.Portal.Domain.Accounts;

/// <summary>The portal's languages: those of the articles the product comes from.</summary>
public static class Locales
{
    public const string Default = "en";
    public static readonly IReadOnlyList<string> Supported = ["en", "fi", "it", "zh-Hans"];

    public static bool IsSupported(string? locale) => locale is not null && Supported.Contains(locale);
}
