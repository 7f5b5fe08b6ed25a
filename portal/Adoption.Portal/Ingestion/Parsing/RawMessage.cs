using System.Text.Json;

namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>
/// The fields of one message as found in the JSON, before validation. Objects (context,
/// properties, traits) are kept as ranges of the request body: they are copied, never re-serialised.
/// </summary>
internal struct RawMessage
{
    public int Index;
    public Range Slice;
    public string? Type;
    public string? MessageId;
    public string? UserId;
    public string? AnonymousId;
    public string? Event;
    public string? Name;
    public string? GroupId;
    public string? PreviousId;
    public string? WriteKey;
    public DateTimeOffset? Timestamp;
    public DateTimeOffset? SentAt;
    public string? BadField;
    public Range? Context;
    public Range? Properties;
    public Range? Traits;

    /// <summary>Reads one message object; the reader is on its StartObject and ends on its EndObject.</summary>
    public static RawMessage Read(ref Utf8JsonReader reader, int index)
    {
        var m = new RawMessage { Index = index };
        var start = (int)reader.TokenStartIndex;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8)) m.Type = Text(ref reader, "type", ref m.BadField);
            else if (reader.ValueTextEquals("messageId"u8)) m.MessageId = Text(ref reader, "messageId", ref m.BadField);
            else if (reader.ValueTextEquals("userId"u8)) m.UserId = Text(ref reader, "userId", ref m.BadField);
            else if (reader.ValueTextEquals("anonymousId"u8)) m.AnonymousId = Text(ref reader, "anonymousId", ref m.BadField);
            else if (reader.ValueTextEquals("event"u8)) m.Event = Text(ref reader, "event", ref m.BadField);
            else if (reader.ValueTextEquals("name"u8)) m.Name = Text(ref reader, "name", ref m.BadField);
            else if (reader.ValueTextEquals("groupId"u8)) m.GroupId = Text(ref reader, "groupId", ref m.BadField);
            else if (reader.ValueTextEquals("previousId"u8)) m.PreviousId = Text(ref reader, "previousId", ref m.BadField);
            else if (reader.ValueTextEquals("writeKey"u8)) m.WriteKey = Text(ref reader, "writeKey", ref m.BadField);
            else if (reader.ValueTextEquals("timestamp"u8)) m.Timestamp = Date(ref reader, "timestamp", ref m.BadField);
            else if (reader.ValueTextEquals("sentAt"u8)) m.SentAt = Date(ref reader, "sentAt", ref m.BadField);
            else if (reader.ValueTextEquals("context"u8)) m.Context = Object(ref reader, "context", ref m.BadField);
            else if (reader.ValueTextEquals("properties"u8)) m.Properties = Object(ref reader, "properties", ref m.BadField);
            else if (reader.ValueTextEquals("traits"u8)) m.Traits = Object(ref reader, "traits", ref m.BadField);
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        m.Slice = start..(int)reader.BytesConsumed;
        return m;
    }

    // Segment ids may arrive as numbers; null means absent. Anything else marks the message bad.
    private static string? Text(ref Utf8JsonReader reader, string field, ref string? badField)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                try
                {
                    return reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    // Invalid UTF-8 or a lone surrogate: the message is refused, the batch goes on.
                    badField ??= $"{field} is not valid text";
                    return null;
                }
            case JsonTokenType.Number:
                return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                badField ??= $"{field} must be a string";
                return null;
        }
    }

    private static DateTimeOffset? Date(ref Utf8JsonReader reader, string field, ref string? badField)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        reader.Skip();
        badField ??= $"{field} must be an ISO-8601 date and time";
        return null;
    }

    private static Range? Object(ref Utf8JsonReader reader, string field, ref string? badField)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var start = (int)reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            badField ??= $"{field} must be an object";
            return null;
        }

        reader.Skip();
        return start..(int)reader.BytesConsumed;
    }
}
