using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>
/// Reads Segment HTTP Tracking API bodies (a single call or a batch) with Utf8JsonReader, checks
/// each message and prepares it for writing. Runs on the request thread, so the single writer only writes.
/// </summary>
internal sealed class SegmentParser(IngestionOptions options, FeatureRules catalogue, DateTime receivedAt)
{
    private readonly ArrayBufferWriter<byte> payload = new(1024);

    /// <summary>A body of <c>/v1/track</c>, <c>/v1/identify</c> and the like: one message of the route's type.</summary>
    public ParsedRequest ParseSingle(ReadOnlySpan<byte> body, MessageType type)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return NotAnObject();
        }

        var raw = RawMessage.Read(ref reader, 0);
        EnsureEnd(ref reader);
        var result = new ParsedRequest { WriteKey = raw.WriteKey };
        Add(result, raw, body, type, null, null);
        if (result.Rejected is [var rejection])
        {
            return ParsedRequest.Failed(400, "Invalid message", rejection.Reason);
        }

        return result;
    }

    /// <summary>A body of <c>/v1/batch</c>: top-level <c>context</c> and <c>sentAt</c> apply to every item.</summary>
    public ParsedRequest ParseBatch(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return NotAnObject();
        }

        var items = new List<RawMessage>();
        var sawBatch = false;
        Range? context = null;
        DateTimeOffset? sentAt = null;
        string? writeKey = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("batch"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return ParsedRequest.Failed(400, "Invalid batch", "batch must be an array of messages.");
                }

                sawBatch = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (items.Count == options.MaxBatchEvents)
                    {
                        return ParsedRequest.Failed(400, "Too many messages",
                            string.Create(CultureInfo.InvariantCulture, $"A batch may hold at most {options.MaxBatchEvents:N0} messages."));
                    }

                    items.Add(reader.TokenType == JsonTokenType.StartObject
                        ? RawMessage.Read(ref reader, items.Count)
                        : NotAnItem(ref reader, items.Count));
                }
            }
            else if (reader.ValueTextEquals("context"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var isObject = reader.TokenType == JsonTokenType.StartObject;
                reader.Skip();
                if (!isObject)
                {
                    return ParsedRequest.Failed(400, "Invalid batch", "context must be an object.");
                }

                context = start..(int)reader.BytesConsumed;
                if (JsonText.Problem(body[context.Value]) is { } text)
                {
                    return ParsedRequest.Failed(400, "Invalid batch", $"context {text}.");
                }
            }
            else if (reader.ValueTextEquals("sentAt"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var sent))
                {
                    return ParsedRequest.Failed(400, "Invalid batch", "sentAt must be an ISO-8601 date and time.");
                }

                sentAt = sent;
            }
            else if (reader.ValueTextEquals("writeKey"u8))
            {
                reader.Read();
                writeKey = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        EnsureEnd(ref reader);
        if (!sawBatch)
        {
            return ParsedRequest.Failed(400, "Invalid batch", "batch is required: an array of messages.");
        }

        var result = new ParsedRequest { WriteKey = writeKey };
        var batchContext = context is { } c ? JsonMembers.Of(body, c) : null;
        foreach (var item in items)
        {
            var size = item.Slice.End.Value - item.Slice.Start.Value;
            if (size > options.MaxEventBytes)
            {
                return ParsedRequest.Failed(400, "Message too large", string.Create(CultureInfo.InvariantCulture,
                    $"Message {item.Index} is {size:N0} bytes; a message may be at most {options.MaxEventBytes / 1024} KB ({options.MaxEventBytes:N0} bytes)."));
            }

            Add(result, item, body, null, batchContext, sentAt);
        }

        return result;
    }

    private void Add(ParsedRequest result, RawMessage raw, ReadOnlySpan<byte> body, MessageType? routeType,
        List<(Range Name, Range Value)>? batchContext, DateTimeOffset? batchSentAt)
    {
        var type = routeType ?? MessageTypes.Parse(raw.Type);
        // Text first: a field that failed to decode is named more usefully by why.
        var reason = (JsonText.Problem(body[raw.Slice]) is { } text ? $"The message {text}." : null)
            ?? raw.BadField
            ?? (type is null ? "type must be one of track, identify, group, page, screen, alias." : MessageRules.Check(type.Value, raw));
        if (reason is not null)
        {
            result.Rejected.Add(new Rejection(raw.Index, raw.MessageId, reason));
            return;
        }

        var itemContext = raw.Context is { } ic ? JsonMembers.Of(body, ic) : null;
        var contextGroupId = StringMember(body, itemContext) ?? StringMember(body, batchContext);
        var (timestamp, clamped) = ClockSkew.Correct(receivedAt, raw.Timestamp, raw.SentAt ?? batchSentAt, options);
        var properties = raw.Properties is { } p ? body[p] : default;
        var eventName = type == MessageType.Track ? raw.Event : type is MessageType.Page or MessageType.Screen ? raw.Name : null;
        result.Messages.Add(new IncomingMessage
        {
            Type = type!.Value,
            MessageId = string.IsNullOrEmpty(raw.MessageId) ? Guid.NewGuid().ToString("N") : raw.MessageId,
            UserId = NullIfEmpty(raw.UserId),
            AnonymousId = NullIfEmpty(raw.AnonymousId),
            Event = eventName,
            GroupId = type == MessageType.Group ? raw.GroupId : contextGroupId is { Length: <= MessageRules.MaxIdLength } g ? g : null,
            PreviousId = raw.PreviousId,
            Timestamp = timestamp,
            SentTimestamp = raw.Timestamp?.UtcTicks ?? 0,
            Day = DateOnly.FromDateTime(timestamp),
            TimestampClamped = clamped,
            Payload = Payload(body, raw, itemContext, batchContext),
            FeatureId = type == MessageType.Track ? catalogue.Match(eventName!, properties) : null,
            Traits = type is MessageType.Identify or MessageType.Group && raw.Traits is { } t ? TraitsReader.Read(body[t]) : null,
        });
    }

    private string? Payload(ReadOnlySpan<byte> body, RawMessage raw, List<(Range Name, Range Value)>? itemContext,
        List<(Range Name, Range Value)>? batchContext)
    {
        if (raw.Properties is null && raw.Traits is null && itemContext is null && batchContext is null)
        {
            return null;
        }

        payload.ResetWrittenCount();
        var separator = "{"u8;
        if (raw.Properties is { } p)
        {
            Write(separator, "\"properties\":"u8, body[p]);
            separator = ","u8;
        }

        if (raw.Traits is { } t)
        {
            Write(separator, "\"traits\":"u8, body[t]);
            separator = ","u8;
        }

        if (itemContext is not null || batchContext is not null)
        {
            payload.Write(separator);
            payload.Write("\"context\":"u8);
            JsonMembers.WriteMerged(payload, body, itemContext ?? [], batchContext ?? []);
        }

        payload.Write("}"u8);
        return Encoding.UTF8.GetString(payload.WrittenSpan);
    }

    private void Write(ReadOnlySpan<byte> separator, ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        payload.Write(separator);
        payload.Write(name);
        payload.Write(value);
    }

    private static string? StringMember(ReadOnlySpan<byte> body, List<(Range Name, Range Value)>? members)
    {
        if (members is null)
        {
            return null;
        }

        foreach (var (name, value) in members)
        {
            if (body[name].SequenceEqual("groupId"u8))
            {
                var reader = new Utf8JsonReader(body[value]);
                reader.Read();
                return reader.TokenType == JsonTokenType.String ? NullIfEmpty(reader.GetString()) : null;
            }
        }

        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static RawMessage NotAnItem(ref Utf8JsonReader reader, int index)
    {
        reader.Skip();
        return new RawMessage { Index = index, BadField = "A batch item must be a JSON object." };
    }

    private static ParsedRequest NotAnObject() => ParsedRequest.Failed(400, "Malformed JSON", "The body must be a JSON object.");

    // Anything after the root object (a second value, stray characters) makes the reader throw.
    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("The body must hold exactly one JSON object.");
        }
    }
}
