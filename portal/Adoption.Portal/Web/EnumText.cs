namespace Adoption.Portal.Web;

public static class EnumText
{
    /// <summary>An enum value's name for people, in their language: key <c>Type.Value</c> in SharedResource.</summary>
    public static string Name<TEnum>(this IStringLocalizer<SharedResource> localizer, TEnum value) where TEnum : struct, Enum =>
        localizer[$"{typeof(TEnum).Name}.{value}"];
}
