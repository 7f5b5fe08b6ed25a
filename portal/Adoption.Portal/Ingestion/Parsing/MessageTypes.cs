namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>
/// The one place that knows the Segment call types: how a batch item names them, how they are
/// stored (Segment's lower-case names, so SQL can filter on them) and which of them are activity.
/// The parser, the writer, the rollup rebuild and the demo all ask here.
/// </summary>
internal static class MessageTypes
{
    public const string Track = "track";
    public const string Identify = "identify";
    public const string Group = "group";
    public const string Page = "page";
    public const string Screen = "screen";
    public const string Alias = "alias";

    /// <summary>Track, page and screen calls count as activity in the rollups; profile calls do not.</summary>
    public static readonly IReadOnlyList<string> ActivityNames = [Track, Page, Screen];

    /// <summary>The activity names as an SQL list, <c>('track', 'page', 'screen')</c>.</summary>
    public static readonly string ActivitySql = $"({string.Join(", ", ActivityNames.Select(n => $"'{n}'"))})";

    /// <summary>The type a batch item names (any case), or null when the API does not accept it.</summary>
    public static MessageType? Parse(string? type) => type?.ToLowerInvariant() switch
    {
        Track => MessageType.Track,
        Identify => MessageType.Identify,
        Group => MessageType.Group,
        Page => MessageType.Page,
        Screen => MessageType.Screen,
        Alias => MessageType.Alias,
        _ => null,
    };

    /// <summary>The stored name of <paramref name="type"/>.</summary>
    public static string Name(MessageType type) => type switch
    {
        MessageType.Track => Track,
        MessageType.Identify => Identify,
        MessageType.Group => Group,
        MessageType.Page => Page,
        MessageType.Screen => Screen,
        MessageType.Alias => Alias,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static bool IsActivity(MessageType type) => type is MessageType.Track or MessageType.Page or MessageType.Screen;
}
