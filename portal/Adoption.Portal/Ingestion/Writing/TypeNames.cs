using Adoption.Portal.Ingestion.Parsing;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>How message types are stored (Segment's lower-case names), so SQL can filter on them.</summary>
internal static class TypeNames
{
    public const string Track = "track";
    public const string Page = "page";
    public const string Screen = "screen";

    public static string Of(MessageType type) => type switch
    {
        MessageType.Track => Track,
        MessageType.Identify => "identify",
        MessageType.Group => "group",
        MessageType.Page => Page,
        MessageType.Screen => Screen,
        MessageType.Alias => "alias",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
