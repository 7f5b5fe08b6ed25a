namespace Adoption.Portal.Pages.Customer.Profile;

/// <summary>Each language by its own name, as people look for it in a list.</summary>
public static class LanguageNames
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
        Locales.Supported.Select(code => (code, PortalCultures.NativeNames[code])).ToList();
}
