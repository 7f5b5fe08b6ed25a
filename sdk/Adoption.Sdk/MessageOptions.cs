namespace Adoption.Sdk;

/// <summary>
/// Optional details that apply to any message (track, identify, group, page, screen, alias).
/// </summary>
public sealed class MessageOptions
{
    /// <summary>
    /// An id for a visitor who is not signed in (for example a cookie value). A message needs a user id, an
    /// anonymous id, or both. Default: none.
    /// </summary>
    public string? AnonymousId { get; init; }

    /// <summary>
    /// When the action happened, if not now (for example when replaying a backlog). Default: the time of the call.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>
    /// Extra context sent with the message (for example <c>ip</c>, <c>locale</c>, <c>userAgent</c>). The SDK adds
    /// <c>library</c> (its name and version) itself. Default: none.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Context { get; init; }
}
