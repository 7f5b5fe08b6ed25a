namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>What each call type must carry (Segment's spec) and the portal's column sizes.</summary>
internal static class MessageRules
{
    public const int MaxMessageIdLength = 100;
    public const int MaxIdLength = 200;
    public const int MaxEventLength = 200;

    /// <summary>Why the message cannot be stored, or null when it can.</summary>
    public static string? Check(MessageType type, RawMessage m)
    {
        if (m.BadField is not null)
        {
            return m.BadField;
        }

        if (type == MessageType.Alias)
        {
            if (string.IsNullOrEmpty(m.UserId) || string.IsNullOrEmpty(m.PreviousId))
            {
                return "alias requires userId and previousId.";
            }
        }
        else if (string.IsNullOrEmpty(m.UserId) && string.IsNullOrEmpty(m.AnonymousId))
        {
            return "userId or anonymousId is required.";
        }

        if (type == MessageType.Track && string.IsNullOrWhiteSpace(m.Event))
        {
            return "event is required for track.";
        }

        if (type == MessageType.Group && string.IsNullOrEmpty(m.GroupId))
        {
            return "groupId is required for group.";
        }

        return TooLong("messageId", m.MessageId, MaxMessageIdLength)
            ?? TooLong("userId", m.UserId, MaxIdLength)
            ?? TooLong("anonymousId", m.AnonymousId, MaxIdLength)
            ?? TooLong("previousId", m.PreviousId, MaxIdLength)
            ?? (type == MessageType.Group ? TooLong("groupId", m.GroupId, MaxIdLength) : null)
            ?? (type == MessageType.Track ? TooLong("event", m.Event, MaxEventLength) : null)
            ?? (type is MessageType.Page or MessageType.Screen ? TooLong("name", m.Name, MaxEventLength) : null);
    }

    /// <summary>
    /// No lone UTF-16 surrogate: the text survives UTF-8 and back. The API refuses such text in the
    /// raw JSON (<see cref="JsonText"/>); pages that name events (checklist steps) refuse it too, so
    /// an authored event name is one the product can send, along with not blank and at most
    /// <see cref="MaxEventLength"/> characters.
    /// </summary>
    public static bool IsWholeText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string? TooLong(string field, string? value, int max) =>
        value is not null && value.Length > max
            ? string.Create(CultureInfo.InvariantCulture, $"{field} is longer than {max} characters.")
            : null;
}
