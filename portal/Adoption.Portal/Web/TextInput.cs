namespace Adoption.Portal.Web;

public static class TextInput
{
    /// <summary>What a form field holds, trimmed; null when it is empty or only white space.</summary>
    public static string? TrimmedOrNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
